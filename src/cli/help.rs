//! The command line's help and errors in the interface's language.
//!
//! The commands and options are declared once, with clap's derive, in
//! [`args`](super::args); their doc comments are the English help. At run
//! time [`command`] takes that declaration, builds it, and sets every text
//! clap shows from the Fluent messages (`assets/locales/<lang>/tools.ftl`):
//! each command's description (`help-about-<command>`), each argument's
//! help (`help-arg-<command>-<argument>`), clap's own headings and its
//! help and version flags, and the `[default: …]` and `[possible values:
//! …]` notes. English's messages are the doc comments word for word (a test
//! keeps them so), so English help reads as clap writes it.
//!
//! The language must be known before clap reads the arguments, since
//! `--help` prints while they are read: [`ui_language_flag`] finds
//! `--lang` in the raw arguments first. Clap's errors (an unknown option, a
//! missing argument) are written in the same language ([`exit_with`]).

use std::ffi::OsString;

use clap::builder::{PossibleValue, StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, Command, CommandFactory};

use super::Cli;
use crate::text::i18n::{tr, tr_args};

/// The `--lang` the arguments give for the interface, read before clap
/// parses them: the value of the last `--lang X` or `--lang=X` before a
/// `--`. `translate`'s `--lang` names the language to translate into, not
/// the interface's, so it gives none.
pub fn ui_language_flag(args: &[OsString]) -> Option<String> {
    let mut flag = None;
    let mut command = None;
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            flag = args.next().map(|v| v.into_owned());
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            flag = Some(value.to_string());
        } else if command.is_none() && !arg.starts_with('-') {
            command = Some(arg.into_owned());
        }
    }
    if command.as_deref() == Some("translate") {
        return None;
    }
    flag
}

/// The command line, built, its every text in the current language.
pub fn command() -> Command {
    let mut cmd = Cli::command();
    // Built first, so the help and version flags, the `help` command and
    // the global `--lang` copied into every command are there to translate.
    cmd.build();
    localize(cmd, &[])
}

/// `path`: the names of the commands above and including `cmd`, none for
/// `last-word` itself.
fn localize(cmd: Command, path: &[&str]) -> Command {
    let styles = cmd.get_styles().clone();
    // Whether clap found long help here (a long description, or possible
    // values with help of their own): its help flag then says so.
    let long_help = cmd
        .get_arguments()
        .any(|a| a.get_id() == "help" && a.get_long_help().is_some());
    // The `help` command clap adds holds copies of the commands (for
    // `help <command>`); a copy reads as the command it copies.
    let is_help = path.last() == Some(&"help");
    let real: Vec<&str> = path.iter().copied().filter(|p| *p != "help").collect();
    let key = key_of(&real);
    let mut cmd = if is_help {
        cmd.about(tr("help-about-help"))
    } else {
        let mut cmd = cmd.about(tr(&format!("help-about{key}")));
        if cmd.get_long_about().is_some() {
            cmd = cmd.long_about(tr(&format!("help-long-about{key}")));
        }
        cmd
    };
    let template = if cmd.get_arguments().any(|a| !a.is_hide_set())
        || cmd.get_subcommands().any(|c| !c.is_hide_set())
    {
        "{before-help}{about-with-newline}\n{usage-heading} {usage}\n\n{all-args}{after-help}"
    } else {
        "{before-help}{about-with-newline}\n{usage-heading} {usage}{after-help}"
    };
    let usage = styles.get_usage();
    let heading = format!(
        "{}{}{}",
        usage.render(),
        tr("help-usage"),
        usage.render_reset()
    );
    cmd = cmd
        .help_template(template.replace("{usage-heading}", &heading))
        .subcommand_help_heading(tr("help-heading-commands"));
    if !is_help {
        cmd = cmd.mut_args(|arg| localize_arg(arg, &key, long_help, &styles));
    }
    cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        let mut inner: Vec<&str> = path.to_vec();
        inner.push(&name);
        localize(sub, &inner)
    })
}

/// `-validate`, `-lrs-configure`; empty for `last-word` itself.
fn key_of(path: &[&str]) -> String {
    path.iter().map(|p| format!("-{p}")).collect()
}

/// The name an argument's message is keyed by: its long option, else its
/// id (`paths`), with `-` for `_`.
fn arg_name(arg: &Arg) -> String {
    arg.get_long()
        .map_or_else(|| arg.get_id().as_str().to_string(), str::to_string)
        .replace('_', "-")
}

/// The message id of an argument's help: `help-arg-validate-paths`; a
/// global argument is keyed where it is declared (`help-arg-lang`).
pub fn arg_key(arg: &Arg, command_key: &str) -> String {
    let at = if arg.is_global_set() { "" } else { command_key };
    format!("help-arg{at}-{}", arg_name(arg))
}

fn localize_arg(arg: Arg, command_key: &str, long_help: bool, styles: &Styles) -> Arg {
    let heading = if arg.is_positional() {
        tr("help-heading-arguments")
    } else {
        tr("help-heading-options")
    };
    let arg = if arg.get_help_heading().is_none() {
        arg.help_heading(heading)
    } else {
        arg
    };
    match arg.get_id().as_str() {
        "help" if arg.get_long_help().is_some() => arg
            .help(tr("help-flag-summary"))
            .long_help(tr("help-flag-more")),
        "help" => arg.help(tr("help-flag")),
        "version" => arg.help(tr("help-version")),
        _ => {
            let text = tr(&arg_key(&arg, command_key)).to_string();
            let (short, long) = with_notes(&arg, &text, command_key, styles);
            let hide = arg.get_num_args().is_some_and(|n| n.takes_values());
            let arg = arg
                .help(short)
                .hide_default_value(hide)
                .hide_possible_values(hide);
            if long_help { arg.long_help(long) } else { arg }
        }
    }
}

/// An argument's help with the notes clap would add, in the current
/// language: `[default: …]` and `[possible values: …]` after the text in
/// the short help; in the long help each on its own paragraph, the
/// possible values listed one a line with their own help when they have
/// any, as clap lists them.
fn with_notes(arg: &Arg, text: &str, command_key: &str, styles: &Styles) -> (String, String) {
    let context = styles.get_context();
    let value = styles.get_context_value();
    let bracket = |id: &str, name: &str, values: String| {
        let words = tr_args(id, &[(name, "\u{1}".into())]);
        let (before, after) = words.split_once('\u{1}').unwrap_or((&words, ""));
        format!(
            "{}{before}{}{values}{}{after}{}",
            context.render(),
            context.render_reset(),
            context.render(),
            context.render_reset()
        )
    };
    if !arg.get_num_args().is_some_and(|n| n.takes_values()) {
        return (text.to_string(), text.to_string());
    }
    let mut short_notes = Vec::new();
    let mut long_notes = Vec::new();
    let defaults = arg.get_default_values();
    if !arg.is_hide_default_value_set() && !defaults.is_empty() {
        let list: Vec<String> = defaults
            .iter()
            .map(|d| {
                format!(
                    "{}{}{}",
                    value.render(),
                    d.to_string_lossy(),
                    value.render_reset()
                )
            })
            .collect();
        let note = bracket("help-default", "value", list.join(" "));
        short_notes.push(note.clone());
        long_notes.push(note);
    }
    let values: Vec<PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    if !arg.is_hide_possible_values_set() && !values.is_empty() {
        let names: Vec<String> = values
            .iter()
            .map(|v| format!("{}{}{}", value.render(), v.get_name(), value.render_reset()))
            .collect();
        let separator = format!("{}, {}", context.render(), context.render_reset());
        let note = bracket("help-possible-values", "values", names.join(&separator));
        short_notes.push(note.clone());
        if values.iter().any(|v| v.get_help().is_some()) {
            let literal = styles.get_literal();
            let width = values.iter().map(|v| v.get_name().len()).max().unwrap_or(0);
            let mut list = tr("help-possible-values-heading").to_string();
            for v in &values {
                let name = v.get_name();
                list.push_str(&format!(
                    "\n- {}{name}{}",
                    literal.render(),
                    literal.render_reset()
                ));
                if v.get_help().is_some() {
                    let key = format!("help-value{command_key}-{}-{name}", arg_name(arg));
                    let pad = " ".repeat(width - name.len());
                    list.push_str(&format!(": {pad}{}", tr(&key)));
                }
            }
            long_notes.insert(0, list);
        } else {
            long_notes.push(note);
        }
    }
    let mut short = text.to_string();
    for note in &short_notes {
        short.push(' ');
        short.push_str(note);
    }
    let mut long = text.to_string();
    for note in &long_notes {
        long.push_str("\n\n");
        long.push_str(note);
    }
    (short, long)
}

/// Prints a clap error in the current language, as clap lays its errors
/// out (`error: …`, any tips, the usage, and where to find more; with
/// colour on a terminal), and exits as clap does: help and the version on
/// stdout with 0, errors on stderr with 2.
pub fn exit_with(error: clap::Error, cmd: &Command) -> ! {
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        error.exit()
    }
    let Some(text) = localized_error(&error) else {
        error.exit()
    };
    let mut shown = clap::error::Error::<Prerendered>::new(error.kind()).with_cmd(cmd);
    shown.insert(ContextKind::Custom, ContextValue::StyledStr(text));
    shown.exit()
}

/// An error already written out, printed by clap as it is.
struct Prerendered;

impl ErrorFormatter for Prerendered {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        match error.get(ContextKind::Custom) {
            Some(ContextValue::StyledStr(text)) => text.clone(),
            _ => StyledStr::new(),
        }
    }
}

/// A clap error written in the current language, laid out as clap's
/// [`RichFormatter`](clap::error::RichFormatter) lays it out; `None` for
/// a kind of error the command line never meets (clap's words stay).
pub fn localized_error(error: &clap::Error) -> Option<StyledStr> {
    let styles = Styles::default();
    let paint = |style: &clap::builder::styling::Style, text: &str| {
        format!("{}{text}{}", style.render(), style.render_reset())
    };
    let invalid = |text: &str| paint(styles.get_invalid(), text);
    let valid = |text: &str| paint(styles.get_valid(), text);
    let literal = |text: &str| paint(styles.get_literal(), text);
    let string = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let strings = |kind| match error.get(kind) {
        Some(ContextValue::Strings(s)) => s.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let number = |kind| match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    };
    let arg = string(ContextKind::InvalidArg);
    let value = string(ContextKind::InvalidValue);
    let message = match error.kind() {
        ErrorKind::ArgumentConflict => {
            let prior = error.get(ContextKind::PriorArg);
            let (id, subject) = match (&arg, string(ContextKind::InvalidSubcommand)) {
                (Some(a), _) if prior == Some(&ContextValue::String(a.clone())) => {
                    ("clap-used-twice", a.clone())
                }
                (Some(a), _) => ("clap-conflict", a.clone()),
                (None, Some(sub)) => ("clap-conflict-command", sub),
                (None, None) => return None,
            };
            let (with, others) = match prior {
                _ if id == "clap-used-twice" => ("unknown", String::new()),
                Some(ContextValue::Strings(values)) => (
                    "list",
                    values
                        .iter()
                        .map(|v| format!("\n  {}", invalid(v)))
                        .collect(),
                ),
                Some(ContextValue::String(v)) => ("one", invalid(v)),
                _ => ("unknown", String::new()),
            };
            tr_args(
                id,
                &[
                    ("arg", invalid(&subject).into()),
                    ("with", with.into()),
                    ("others", others.into()),
                ],
            )
        }
        ErrorKind::NoEquals => tr_args("clap-no-equals", &[("arg", invalid(&arg?).into())]),
        ErrorKind::InvalidValue => {
            let (a, v) = (arg?, value?);
            let mut text = if v.is_empty() {
                tr_args("clap-value-required", &[("arg", invalid(&a).into())])
            } else {
                tr_args(
                    "clap-invalid-value",
                    &[("value", invalid(&v).into()), ("arg", literal(&a).into())],
                )
            };
            let values = strings(ContextKind::ValidValue);
            if !values.is_empty() {
                let list: Vec<String> = values.iter().map(|v| valid(v)).collect();
                text.push_str("\n  ");
                text.push_str(&tr_args(
                    "help-possible-values",
                    &[("values", list.join(", ").into())],
                ));
            }
            text
        }
        ErrorKind::InvalidSubcommand => tr_args(
            "clap-unknown-command",
            &[(
                "command",
                invalid(&string(ContextKind::InvalidSubcommand)?).into(),
            )],
        ),
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(ContextKind::InvalidArg);
            if missing.is_empty() {
                return None;
            }
            let list: String = missing
                .iter()
                .map(|m| format!("\n  {}", valid(m)))
                .collect();
            tr_args("clap-missing", &[("list", list.into())])
        }
        ErrorKind::MissingSubcommand => {
            let command = string(ContextKind::InvalidSubcommand)?;
            let mut text = tr_args(
                "clap-missing-command",
                &[("command", invalid(&command).into())],
            );
            let commands = strings(ContextKind::ValidSubcommand);
            if !commands.is_empty() {
                let list: Vec<String> = commands.iter().map(|c| valid(c)).collect();
                text.push_str("\n  ");
                text.push_str(&tr_args(
                    "clap-commands-list",
                    &[("commands", list.join(", ").into())],
                ));
            }
            text
        }
        ErrorKind::TooManyValues => tr_args(
            "clap-too-many",
            &[
                ("value", invalid(&value?).into()),
                ("arg", literal(&arg?).into()),
            ],
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let expected = number(ContextKind::MinValues)
                .or_else(|| number(ContextKind::ExpectedNumValues))?;
            let actual = number(ContextKind::ActualNumValues)?;
            tr_args(
                if error.kind() == ErrorKind::TooFewValues {
                    "clap-too-few"
                } else {
                    "clap-wrong-count"
                },
                &[
                    ("arg", literal(&arg?).into()),
                    ("expected", valid(&expected.to_string()).into()),
                    ("actual", invalid(&actual.to_string()).into()),
                    ("count", actual.into()),
                ],
            )
        }
        ErrorKind::ValueValidation => {
            let mut text = tr_args(
                "clap-invalid-value",
                &[
                    ("value", invalid(&value?).into()),
                    ("arg", literal(&arg?).into()),
                ],
            );
            if let Some(source) = std::error::Error::source(error) {
                text.push_str(&format!(": {source}"));
            }
            text
        }
        ErrorKind::UnknownArgument => {
            tr_args("clap-unknown-argument", &[("arg", invalid(&arg?).into())])
        }
        _ => return None,
    };
    let mut out = paint(styles.get_error(), tr("clap-error"));
    out.push(' ');
    out.push_str(&message);
    let mut tips = Vec::new();
    for (kind, id) in [
        (ContextKind::SuggestedSubcommand, "clap-similar-command"),
        (ContextKind::SuggestedArg, "clap-similar-argument"),
        (ContextKind::SuggestedValue, "clap-similar-value"),
    ] {
        let similar = strings(kind);
        if !similar.is_empty() {
            let list: Vec<String> = similar.iter().map(|s| format!("'{}'", valid(s))).collect();
            tips.push(tr_args(
                id,
                &[
                    ("list", list.join(", ").into()),
                    ("count", similar.len().into()),
                ],
            ));
        }
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
        tips.extend(
            suggestions
                .iter()
                .map(|s| suggestion(&s.to_string(), &valid, &invalid)),
        );
    }
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            out.push_str(&format!("\n  {} {tip}", valid(tr("clap-tip"))));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let rest = usage.strip_prefix("Usage:").unwrap_or(&usage);
        out.push_str(&format!(
            "\n\n{}{rest}",
            paint(styles.get_usage(), tr("help-usage"))
        ));
    }
    // Where clap points for more (`--help`, or `help` where there is no
    // such flag), read from its own message.
    let english = error.render().to_string();
    match english
        .rsplit_once("For more information, try '")
        .and_then(|(_, rest)| rest.split_once("'."))
    {
        Some((flag, _)) => {
            out.push_str("\n\n");
            out.push_str(&tr_args("clap-more", &[("help", literal(flag).into())]));
            out.push('\n');
        }
        None => out.push('\n'),
    }
    Some(StyledStr::from(out))
}

/// One of clap's tips, in words: "to pass '-x' as a value, use '-- -x'",
/// "'lrs --x' exists", "subcommand 'x' exists; …". A tip of another shape
/// stays as clap wrote it.
fn suggestion(
    tip: &str,
    valid: &dyn Fn(&str) -> String,
    invalid: &dyn Fn(&str) -> String,
) -> String {
    let quoted: Vec<&str> = tip.split('\'').skip(1).step_by(2).collect();
    if tip.starts_with("to pass '") && quoted.len() == 2 {
        tr_args(
            "clap-tip-pass-as-value",
            &[
                ("arg", invalid(quoted[0]).into()),
                ("use", valid(quoted[1]).into()),
            ],
        )
    } else if tip.starts_with("subcommand '") && quoted.len() == 2 {
        tr_args(
            "clap-tip-remove-dashes",
            &[("command", valid(quoted[0]).into())],
        )
    } else if tip.ends_with("' exists") && quoted.len() == 1 {
        tr_args("clap-tip-exists", &[("arg", valid(quoted[0]).into())])
    } else {
        tip.to_string()
    }
}

#[cfg(test)]
mod tests {
    use clap::FromArgMatches;

    use super::*;
    use crate::text::i18n::{self, Language, with_language};

    /// Every text the declaration gives, keyed by the message that
    /// replaces it: each command's description, each argument's help and
    /// the help of possible values that have any.
    fn declared() -> Vec<(String, String)> {
        let mut cmd = Cli::command();
        cmd.build();
        let mut out = Vec::new();
        walk(&cmd, &[], &mut out);
        out
    }

    fn walk(cmd: &Command, path: &[&str], out: &mut Vec<(String, String)>) {
        if path.last() == Some(&"help") {
            return;
        }
        let key = key_of(path);
        let text = |s: Option<&StyledStr>| s.map(ToString::to_string).unwrap_or_default();
        out.push((format!("help-about{key}"), text(cmd.get_about())));
        if let Some(long) = cmd.get_long_about() {
            out.push((format!("help-long-about{key}"), long.to_string()));
        }
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if id == "help" || id == "version" || (arg.is_global_set() && !path.is_empty()) {
                continue;
            }
            assert!(
                arg.get_long_help().is_none(),
                "{key} {id}: one paragraph of help, or a message for the long help too"
            );
            out.push((arg_key(arg, &key), text(arg.get_help())));
            for value in arg.get_possible_values() {
                if let Some(help) = value.get_help() {
                    out.push((
                        format!("help-value{key}-{}-{}", arg_name(arg), value.get_name()),
                        help.to_string(),
                    ));
                }
            }
        }
        for sub in cmd.get_subcommands() {
            let mut inner = path.to_vec();
            inner.push(sub.get_name());
            walk(sub, &inner, out);
        }
    }

    /// Prints the English messages for the declaration's texts, to paste
    /// into `assets/locales/en/tools.ftl` after changing a doc comment:
    /// `cargo test --lib cli::help -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn print_english_help_messages() {
        for (key, text) in declared() {
            if text.contains('\n') {
                let body: Vec<String> = text
                    .lines()
                    .map(|l| {
                        if l.is_empty() {
                            String::new()
                        } else {
                            format!("    {l}")
                        }
                    })
                    .collect();
                println!("{key} =\n{}", body.join("\n"));
            } else {
                println!("{key} = {text}");
            }
        }
    }

    #[test]
    fn every_declared_text_has_an_english_message_word_for_word() {
        let english = i18n::get(Language::English);
        let declared = declared();
        assert!(declared.len() > 60, "{} texts", declared.len());
        for (key, text) in declared {
            assert!(
                english.has(&key),
                "no message `{key}` in assets/locales/en/tools.ftl for: {text}\n\
                 (cargo test --lib cli::help -- --ignored --nocapture prints them all)"
            );
            assert_eq!(english.tr(&key), text, "`{key}` reads as its doc comment");
        }
    }

    /// Every command's help, short and long, as words.
    fn helps(cmd: &mut Command, path: &mut Vec<String>, out: &mut Vec<(String, String)>) {
        let name = path.join(" ");
        out.push((format!("{name} -h"), words(&cmd.render_help().to_string())));
        out.push((
            format!("{name} --help"),
            words(&cmd.render_long_help().to_string()),
        ));
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        for sub in names {
            path.push(sub.clone());
            let inner = cmd.find_subcommand_mut(&sub).expect("listed");
            helps(inner, path, out);
            path.pop();
        }
    }

    fn words(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn english_help_reads_as_clap_writes_it() {
        let mut plain = Cli::command();
        plain.build();
        let mut expected = Vec::new();
        helps(&mut plain, &mut Vec::new(), &mut expected);
        let mut shown = Vec::new();
        with_language(Language::English, || {
            helps(&mut command(), &mut Vec::new(), &mut shown)
        });
        assert_eq!(expected.len(), shown.len());
        for ((which, want), (_, got)) in expected.iter().zip(&shown) {
            assert_eq!(got, want, "{which}");
        }
    }

    #[test]
    fn italian_help_has_no_english_left() {
        let mut shown = Vec::new();
        with_language(Language::Italian, || {
            helps(&mut command(), &mut Vec::new(), &mut shown)
        });
        for (which, text) in &shown {
            for english in [
                "Usage:",
                "Options:",
                "Arguments:",
                "Commands:",
                "Print help",
                "[default:",
            ] {
                assert!(!text.contains(english), "{which}: {english:?} in {text}");
            }
        }
        let (_, validate) = shown
            .iter()
            .find(|(w, _)| w == "validate -h")
            .expect("shown");
        assert!(validate.contains("Utilizzo:"), "{validate}");
        assert!(validate.contains("[predefinito: scenarios]"), "{validate}");
    }

    fn error_for(args: &[&str]) -> clap::Error {
        let mut argv = vec!["last-word"];
        argv.extend(args);
        command()
            .try_get_matches_from(argv)
            .and_then(|m| Cli::from_arg_matches(&m))
            .expect_err("the arguments are wrong")
    }

    const WRONG: &[&[&str]] = &[
        &["validate", "--format", "xml"],
        &["frobnicate"],
        &["analize", "x"],
        &["analyze"],
        &["list", "--bogus"],
        &["list", "--dirr", "x"],
        &["lisst"],
        &["analyze", "x", "--json=maybe"],
        &["analyze", "x", "--seed", "3"],
        &["play", "x", "--resume", "f", "--seed", "1"],
        &["play", "x", "--choices", "1,a"],
        &["pass-mark", "101"],
        &["report", "--since", "2026-13-01"],
        &["lrs", "configure", "--off", "--key", "k"],
        &["list", "--dir", "a", "--dir", "b"],
        &["list", "-x"],
        &["list", "--", "--dir"],
    ];

    #[test]
    fn english_errors_read_as_clap_writes_them() {
        with_language(Language::English, || {
            for args in WRONG {
                let e = error_for(args);
                let clap = e.render().to_string();
                match localized_error(&e) {
                    Some(ours) => assert_eq!(ours.to_string(), clap, "{args:?}"),
                    None => panic!("{args:?}: a kind left to clap: {clap}"),
                }
            }
        });
    }

    #[test]
    fn italian_errors_keep_what_was_typed_and_point_to_help() {
        with_language(Language::Italian, || {
            for args in WRONG {
                let e = error_for(args);
                let ours = localized_error(&e).expect("written").to_string();
                assert!(ours.starts_with("errore: "), "{args:?}: {ours}");
                assert!(
                    ours.contains("'--help'") || ours.contains("'help'"),
                    "{ours}"
                );
                for english in ["error:", "Usage:", "For more information", "tip:"] {
                    assert!(!ours.contains(english), "{args:?}: {english:?} in {ours}");
                }
            }
            let ours = localized_error(&error_for(&["list", "--dirr", "x"])).unwrap();
            assert!(ours.to_string().contains("'--dir'"), "{ours}");
            let ours = localized_error(&error_for(&["lisst"])).unwrap();
            assert!(ours.to_string().contains("'list'"), "{ours}");
        });
    }

    #[test]
    fn the_interface_language_is_read_before_clap_reads_the_rest() {
        let argv = |args: &[&str]| -> Vec<OsString> {
            std::iter::once("last-word")
                .chain(args.iter().copied())
                .map(OsString::from)
                .collect()
        };
        assert_eq!(
            ui_language_flag(&argv(&["list", "--lang", "it"])),
            Some("it".into())
        );
        assert_eq!(
            ui_language_flag(&argv(&["--lang=lv", "list"])),
            Some("lv".into())
        );
        assert_eq!(ui_language_flag(&argv(&["list"])), None);
        assert_eq!(
            ui_language_flag(&argv(&["translate", "x", "--lang", "pt-BR"])),
            None
        );
        assert_eq!(
            ui_language_flag(&argv(&["--lang", "it", "translate", "x"])),
            None
        );
        assert_eq!(
            ui_language_flag(&argv(&["play", "x", "--", "--lang", "it"])),
            None
        );
    }
}
