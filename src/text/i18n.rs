//! The interface's own words in every language Last Word speaks: Project
//! Fluent message files (`assets/locales/<lang>/*.ftl`), embedded in the
//! binary so it works from any folder, and numbers and dollars written the
//! way each language writes them.
//!
//! [`tr`] and [`tr_args`] look a message up in the current [`Locale`]; a
//! message the language lacks falls back to English for that message alone,
//! so a raw key never reaches the screen. Plurals are Fluent selectors over
//! the CLDR plural rules `fluent-bundle` brings.
//!
//! The current language is chosen once per run ([`choose`]: `--lang`, else
//! `LC_ALL`/`LC_MESSAGES`/`LANG`, else English) or set by the game from its
//! saved setting ([`set_language`]); [`with_language`] overrides it on one
//! thread for a while (machine-readable output stays English this way).

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A language the interface is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    Italian,
    Latvian,
    Mongolian,
    Hindi,
    Telugu,
}

impl Language {
    /// Every language shipped, English first.
    pub const ALL: [Language; 6] = [
        Language::English,
        Language::Italian,
        Language::Latvian,
        Language::Mongolian,
        Language::Hindi,
        Language::Telugu,
    ];

    /// The BCP 47 tag: `it`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Italian => "it",
            Language::Latvian => "lv",
            Language::Mongolian => "mn",
            Language::Hindi => "hi",
            Language::Telugu => "te",
        }
    }

    /// The language of a tag or a POSIX locale name: `it`, `it-IT`,
    /// `it_IT.UTF-8`, `lv_LV@euro`; `None` for a language not shipped.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The language's own name for itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Italian => "Italiano",
            Language::Latvian => "Latviešu",
            Language::Mongolian => "Монгол",
            Language::Hindi => "हिन्दी",
            Language::Telugu => "తెలుగు",
        }
    }

    fn index(self) -> usize {
        Language::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }
}

/// The message files of each language, embedded at build time: the text
/// layer's words, the terminal's, the game's screens, the workshop (game,
/// phones and exports), the trainers' tools, and the problems the
/// validator finds in files.
pub fn sources(language: Language) -> [&'static str; 6] {
    macro_rules! file {
        ($lang:literal, $name:literal) => {
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/assets/locales/",
                $lang,
                "/",
                $name,
                ".ftl"
            ))
        };
    }
    macro_rules! files {
        ($lang:literal) => {
            [
                file!($lang, "text"),
                file!($lang, "terminal"),
                file!($lang, "game"),
                file!($lang, "workshop"),
                file!($lang, "tools"),
                file!($lang, "diagnostics"),
            ]
        };
    }
    match language {
        Language::English => files!("en"),
        Language::Italian => files!("it"),
        Language::Latvian => files!("lv"),
        Language::Mongolian => files!("mn"),
        Language::Hindi => files!("hi"),
        Language::Telugu => files!("te"),
    }
}

/// How a language writes numbers and dollars: CLDR's decimal and grouping
/// symbols, and the dollar sign where the shipped scenario translations put
/// it (`$1.000` in Italian, `8,49 $` in Latvian).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberFormat {
    pub decimal: char,
    pub group: char,
    /// Indian grouping: the last three digits, then pairs (`1,66,920`).
    pub indian: bool,
    /// `$5,475` (true) or `5 475 $` (false).
    pub dollar_first: bool,
}

impl NumberFormat {
    /// The format `language` writes numbers in.
    pub fn of(language: Language) -> NumberFormat {
        let western = NumberFormat {
            decimal: '.',
            group: ',',
            indian: false,
            dollar_first: true,
        };
        match language {
            Language::English | Language::Mongolian => western,
            // `$1.000`, as the Italian scenario translations write it.
            Language::Italian => NumberFormat {
                decimal: ',',
                group: '.',
                ..western
            },
            Language::Latvian => NumberFormat {
                decimal: ',',
                group: '\u{a0}',
                dollar_first: false,
                ..western
            },
            Language::Hindi | Language::Telugu => NumberFormat {
                indian: true,
                ..western
            },
        }
    }

    /// A number written the English way by Rust (`-1234.5`, digits, an
    /// optional sign and point) in this format: grouped, with the
    /// language's decimal separator. Anything else is returned as it is.
    pub fn number(&self, plain: &str) -> String {
        let (sign, body) = match plain.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", plain),
        };
        let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
            return plain.to_string();
        }
        let mut out = format!("{sign}{}", self.group_digits(whole));
        if !fraction.is_empty() {
            out.push(self.decimal);
            out.push_str(fraction);
        }
        out
    }

    /// `5475` as `5,475`, `166920` as `1,66,920` in Indian grouping.
    fn group_digits(&self, digits: &str) -> String {
        let n = digits.len();
        let mut out = String::new();
        for (i, ch) in digits.chars().enumerate() {
            let left = n - i;
            let boundary = if self.indian {
                left == 3 || (left > 3 && (left - 3).is_multiple_of(2))
            } else {
                left.is_multiple_of(3)
            };
            if i > 0 && boundary {
                out.push(self.group);
            }
            out.push(ch);
        }
        out
    }

    /// Dollars with cents only when there are any: `$5,475`, `$17.25`,
    /// `-$40`; `$5.475`, `$17,25` in Italian, `5 475 $` in Latvian.
    pub fn dollars(&self, v: f64) -> String {
        let cents_total = (v.abs() * 100.0).round() as u64;
        let (whole, cents) = (cents_total / 100, cents_total % 100);
        let sign = if v < 0.0 && cents_total > 0 { "-" } else { "" };
        let plain = if cents == 0 {
            whole.to_string()
        } else {
            format!("{whole}.{cents:02}")
        };
        let amount = self.number(&plain);
        if self.dollar_first {
            format!("{sign}${amount}")
        } else {
            format!("{sign}{amount}\u{a0}$")
        }
    }
}

/// One language's messages, with English behind it for what it lacks.
pub struct Locale {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    format: NumberFormat,
    /// Every message without arguments, formatted once, so labels can be
    /// handed out as `&'static str`.
    plain: HashMap<String, String>,
}

impl Locale {
    fn build(language: Language) -> Locale {
        let id: LanguageIdentifier = language.tag().parse().expect("a shipped tag parses");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Terminal text: no Unicode isolation marks around placeables.
        bundle.set_use_isolating(false);
        for source in sources(language) {
            let resource =
                FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
            // A message defined twice keeps its first definition; the
            // locale test reports the file.
            let _ = bundle.add_resource(resource);
        }
        let mut locale = Locale {
            language,
            bundle,
            format: NumberFormat::of(language),
            plain: HashMap::new(),
        };
        let ids: Vec<String> = message_ids(language);
        for id in ids {
            if let Some(text) = locale.format_own(&id, None) {
                locale.plain.insert(id, text);
            }
        }
        locale
    }

    /// The language of these messages.
    pub fn language(&self) -> Language {
        self.language
    }

    /// How this language writes numbers and dollars.
    pub fn numbers(&self) -> &NumberFormat {
        &self.format
    }

    /// Whether this language has message `id` itself (not through English).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// `id` in this language, or in English when missing here.
    pub fn tr(&'static self, id: &str) -> &'static str {
        match self.plain.get(id) {
            Some(text) => text,
            None if self.language != Language::English => get(Language::English).tr(id),
            None => missing(id),
        }
    }

    /// `id` with arguments, in this language or English when missing here.
    pub fn tr_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.format_own(id, Some(&fluent))
            .or_else(|| get(Language::English).format_own(id, Some(&fluent)))
            .unwrap_or_else(|| missing(id).to_string())
    }

    fn format_own(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        // A message that needs arguments is not plain.
        if args.is_none() && !errors.is_empty() {
            return None;
        }
        Some(text.into_owned())
    }
}

/// What a message missing in English too shows: its id in brackets, which
/// the locale test keeps from ever shipping.
fn missing(id: &str) -> &'static str {
    debug_assert!(false, "no English message `{id}`");
    "[?]"
}

/// The ids of the messages `language`'s files define, in file order.
pub fn message_ids(language: Language) -> Vec<String> {
    sources(language)
        .iter()
        .flat_map(|source| {
            source.lines().filter_map(|line| {
                let (id, _) = line.split_once(" =")?;
                let plain = id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                (plain && !id.is_empty() && !id.starts_with('-')).then(|| id.to_string())
            })
        })
        .collect()
}

static LOCALES: OnceLock<Vec<Locale>> = OnceLock::new();
static CURRENT: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static OVERRIDE: Cell<Option<Language>> = const { Cell::new(None) };
}

/// `language`'s messages (all languages are built on first use).
pub fn get(language: Language) -> &'static Locale {
    &LOCALES.get_or_init(|| Language::ALL.into_iter().map(Locale::build).collect())
        [language.index()]
}

/// The language shown now: this thread's [`with_language`], else the one
/// set for the run.
pub fn current() -> &'static Locale {
    let language = OVERRIDE
        .with(Cell::get)
        .unwrap_or(Language::ALL[CURRENT.load(Ordering::Relaxed) % Language::ALL.len()]);
    get(language)
}

/// Sets the run's language (the game calls this with its saved setting).
pub fn set_language(language: Language) {
    CURRENT.store(language.index(), Ordering::Relaxed);
}

/// Runs `f` with `language` shown on this thread, then restores it.
pub fn with_language<R>(language: Language, f: impl FnOnce() -> R) -> R {
    let before = OVERRIDE.with(|o| o.replace(Some(language)));
    let out = f();
    OVERRIDE.with(|o| o.set(before));
    out
}

/// The language asked for: `flag` (`--lang`), else the first of `LC_ALL`,
/// `LC_MESSAGES`, `LANG` that is set and not empty, else English. A tag
/// Last Word does not speak gives English and a note for stderr.
pub fn choose(
    flag: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
) -> (Language, Option<String>) {
    let asked = flag.map(str::to_string).or_else(|| {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&env)
            .find(|v| !v.is_empty())
    });
    let Some(asked) = asked else {
        return (Language::English, None);
    };
    // The C and POSIX locales mean "no language chosen".
    if matches!(asked.split('.').next(), Some("C" | "POSIX")) {
        return (Language::English, None);
    }
    match Language::from_tag(&asked) {
        Some(language) => (language, None),
        None => (
            Language::English,
            Some(get(Language::English).tr_args(
                "language-unknown",
                &[
                    ("asked", asked.as_str().into()),
                    ("known", known_tags().into()),
                ],
            )),
        ),
    }
}

/// "en, it, lv, mn, hi, te".
fn known_tags() -> String {
    let tags: Vec<&str> = Language::ALL.iter().map(|l| l.tag()).collect();
    tags.join(", ")
}

/// `id` in the current language (English where it lacks the message).
pub fn tr(id: &str) -> &'static str {
    current().tr(id)
}

/// `id` with its arguments in the current language: `tr_args("replies",
/// &[("count", 3.into())])`.
pub fn tr_args(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    current().tr_args(id, args)
}

/// A number written the English way (`1234.5`) as the current language
/// writes it.
pub fn number(plain: &str) -> String {
    current().numbers().number(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_posix_locales_name_a_language() {
        assert_eq!(Language::from_tag("it_IT.UTF-8"), Some(Language::Italian));
        assert_eq!(Language::from_tag("te-IN"), Some(Language::Telugu));
        assert_eq!(Language::from_tag("LV"), Some(Language::Latvian));
        assert_eq!(Language::from_tag("pt_BR"), None);
    }

    #[test]
    fn the_flag_beats_the_environment_and_c_means_english() {
        let env = |name: &str| match name {
            "LANG" => Some("it_IT.UTF-8".to_string()),
            "LC_MESSAGES" => Some(String::new()),
            _ => None,
        };
        assert_eq!(choose(None, env).0, Language::Italian);
        assert_eq!(choose(Some("hi"), env).0, Language::Hindi);
        assert_eq!(choose(None, |_| None).0, Language::English);
        assert_eq!(
            choose(None, |n| (n == "LC_ALL").then(|| "C.UTF-8".into())).0,
            Language::English
        );
        let (language, note) = choose(Some("pt-BR"), env);
        assert_eq!(language, Language::English);
        let note = note.expect("an unknown tag is reported");
        assert!(note.contains("pt-BR") && note.contains("en, it"), "{note}");
    }

    #[test]
    fn dollars_and_numbers_follow_each_language() {
        let f = |l| NumberFormat::of(l);
        assert_eq!(f(Language::English).dollars(5475.0), "$5,475");
        assert_eq!(f(Language::English).dollars(1234567.891), "$1,234,567.89");
        assert_eq!(f(Language::English).dollars(-40.0), "-$40");
        assert_eq!(f(Language::Italian).dollars(5475.0), "$5.475");
        assert_eq!(f(Language::Italian).dollars(17.5), "$17,50");
        assert_eq!(f(Language::Italian).dollars(-1234.5), "-$1.234,50");
        assert_eq!(f(Language::Latvian).dollars(5475.0), "5\u{a0}475\u{a0}$");
        assert_eq!(f(Language::Hindi).dollars(166_920.0), "$1,66,920");
        assert_eq!(f(Language::Telugu).dollars(12_345_678.5), "$1,23,45,678.50");
        assert_eq!(f(Language::Mongolian).dollars(5475.0), "$5,475");
        assert_eq!(f(Language::Italian).number("0.825"), "0,825");
        assert_eq!(f(Language::Italian).number("-12"), "-12");
        assert_eq!(f(Language::Hindi).number("999"), "999");
    }

    #[test]
    fn a_message_a_language_lacks_falls_back_to_english() {
        let english = get(Language::English);
        for language in Language::ALL {
            let locale = get(language);
            for id in message_ids(Language::English) {
                if locale.has(&id) {
                    continue;
                }
                assert_eq!(
                    locale.tr_args(&id, &[]),
                    english.tr_args(&id, &[]),
                    "{language:?} {id}"
                );
            }
        }
        assert!(get(Language::Italian).has("band-angry"));
        assert_eq!(get(Language::Italian).tr("band-angry"), "arrabbiato");
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        let points = |language, n: i64| {
            get(language).tr_args(
                "points",
                &[("points", n.into()), ("signed", format!("{n:+}").into())],
            )
        };
        assert_eq!(points(Language::English, 1), "+1 point");
        assert_eq!(points(Language::English, -1), "-1 point");
        assert_eq!(points(Language::English, 3), "+3 points");
        assert_eq!(points(Language::English, 0), "no points");
        assert_eq!(points(Language::Italian, 1), "+1 punto");
        assert_eq!(points(Language::Italian, -3), "-3 punti");
    }

    #[test]
    fn with_language_changes_this_thread_only_for_a_while() {
        let before = current().language();
        with_language(Language::Italian, || {
            assert_eq!(current().language(), Language::Italian);
        });
        assert_eq!(current().language(), before);
    }
}
