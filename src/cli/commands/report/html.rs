//! The report as one self-contained HTML page: the style sheet inline,
//! charts as inline SVG, no scripts, fonts, images or anything fetched
//! from a network, so it can be mailed round and opened anywhere, and a
//! print style sheet for paper. Every text from the records is escaped: a
//! learner named `<script>` shows as that text.

use std::fmt::Write;

use super::{coverage, duration, outcome_heading, percent, shown, signed};
use crate::core::scenario::Outcome;
use crate::records::date::date_time;
use crate::records::report::{Moment, Report};
use crate::text::i18n::{self, tr, tr_args};
use crate::text::principle_label;

pub(crate) const STYLE: &str = include_str!("report.css");

/// The colours of the outcomes, in [`Outcome::ALL`]'s order.
const OUTCOME_CLASSES: [&str; 4] = ["o-loyal", "o-risk", "o-lost", "o-telling"];

/// The whole report as an HTML page.
pub fn render(r: &Report) -> String {
    let mut page = String::with_capacity(64 * 1024);
    let made = date_time(r.generated_at);
    let made_args = [("made", made.as_str().into())];
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <header class=\"top\"><div class=\"wrap\"><p class=\"brand\">Last Word</p>\
         <h1>{}</h1><p class=\"sub\">{}</p><p class=\"sub\">{}</p>\
         </div></header>\n<main class=\"wrap\">\n",
        i18n::current().language().tag(),
        esc(&tr_args("report-html-title", &made_args)),
        esc(tr("report-heading")),
        esc(&coverage(r)),
        esc(&tr_args("report-made", &made_args)),
    );
    if r.attempts.is_empty() {
        let _ = writeln!(
            page,
            "<p class=\"empty\">{}</p>",
            esc(super::nothing_yet(r))
        );
    } else {
        page.push_str(&cards(r));
        page.push_str(&learners(r));
        page.push_str(&scenarios(r));
        page.push_str(&principles(r));
        page.push_str(&choices(r));
    }
    page.push_str(&about(r));
    page.push_str("</main>\n</body>\n</html>\n");
    page
}

/// A headline figure: the value, what it counts and the detail behind it.
pub(crate) fn card(value: &str, label: &str, detail: &str) -> String {
    format!(
        "<div class=\"card\"><p class=\"value\">{value}</p><p class=\"label\">{label}</p>\
         <p class=\"detail\">{detail}</p></div>"
    )
}

/// Escapes text for HTML content and attribute values.
pub use crate::text::escape_html as esc;

/// The headline figures.
fn cards(r: &Report) -> String {
    let finished = r.attempts.iter().filter(|a| a.finished()).count();
    let passed = r.attempts.iter().filter(|a| a.passed()).count();
    let total: u64 = r
        .attempts
        .iter()
        .filter_map(|a| a.score)
        .map(u64::from)
        .sum();
    let mastered: u32 = r.learners.iter().map(|l| l.mastered).sum();
    let played: u32 = r.learners.iter().map(|l| l.scenarios).sum();
    let average = if finished > 0 {
        shown(total as f64 / finished as f64)
    } else {
        "–".into()
    };
    let mut out = String::from("<section class=\"cards\">");
    let mut add = |value: String, label: &str, id: &str, count: usize, args| {
        let mut args: Vec<(&str, fluent_bundle::FluentValue)> = args;
        args.push(("count", count.into()));
        out.push_str(&card(
            &value,
            &esc(&tr_args(label, &[("count", count.into())])),
            &esc(&tr_args(id, &args)),
        ));
    };
    add(
        r.learners.len().to_string(),
        "report-card-learners",
        "report-card-learners-detail",
        r.learners.len(),
        vec![("scenarios", r.scenarios.len().into())],
    );
    add(
        r.attempts.len().to_string(),
        "report-card-attempts",
        "report-card-attempts-detail",
        r.attempts.len(),
        vec![("finished", finished.into())],
    );
    add(
        average,
        "report-card-average",
        "report-card-average-detail",
        finished,
        vec![("total", total.into()), ("finished", finished.into())],
    );
    add(
        passed.to_string(),
        "report-card-passed",
        "report-card-passed-detail",
        passed,
        vec![("finished", finished.into())],
    );
    add(
        mastered.to_string(),
        "report-card-mastered",
        "report-card-mastered-detail",
        mastered as usize,
        vec![("played", played.into())],
    );
    out.push_str("</section>\n");
    out
}

fn learners(r: &Report) -> String {
    let mut out = format!(
        "<section>\n<h2>{}</h2>\n<p class=\"note\">{}</p>\n<table>\n<thead><tr><th>{}</th>\
         <th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th>\
         <th class=\"n\">{}</th><th class=\"chart\">{}</th>\
         <th class=\"n\">{}</th><th class=\"n\">{}</th></tr></thead>\n<tbody>\n",
        esc(tr("report-learners")),
        esc(tr("report-learners-note")),
        esc(tr("report-col-learner")),
        esc(tr("report-col-attempts")),
        esc(tr("report-col-finished")),
        esc(tr("report-col-scenarios")),
        esc(tr("report-col-mastered")),
        esc(tr("report-col-average")),
        esc(tr("report-col-best")),
        esc(tr("report-col-time")),
    );
    for l in &r.learners {
        let _ = writeln!(
            out,
            "<tr><td class=\"name\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"chart\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&l.name),
            l.attempts,
            l.finished,
            l.scenarios,
            l.mastered,
            score_cell(l.average(), l.score_total, l.finished),
            l.best_score.map_or("–".into(), |s| s.to_string()),
            duration(l.seconds)
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    out
}

/// An average score as a bar out of 100 with its figures.
fn score_cell(avg: Option<f64>, total: u64, count: u32) -> String {
    let Some(a) = avg else {
        return format!(
            "<span class=\"muted\">{}</span>",
            esc(tr("report-no-finished-attempt"))
        );
    };
    format!(
        "<div class=\"barline\">{}<span class=\"fig\"><b>{}</b> <small>{total} / {count}</small></span></div>",
        bar(a, 100.0, "score"),
        shown(a)
    )
}

/// A horizontal bar: `value` of `max`.
pub(crate) fn bar(value: f64, max: f64, class: &str) -> String {
    let w = if max > 0.0 {
        (100.0 * value / max).clamp(0.0, 100.0)
    } else {
        0.0
    };
    format!(
        "<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">\
         <rect class=\"track\" width=\"100\" height=\"10\" rx=\"2\"/>\
         <rect class=\"{class}\" width=\"{w:.2}\" height=\"10\" rx=\"2\"/></svg>"
    )
}

fn scenarios(r: &Report) -> String {
    let legend: String = Outcome::ALL
        .iter()
        .zip(OUTCOME_CLASSES)
        .map(|(&o, class)| {
            format!(
                "<span class=\"key\"><i class=\"{class}\"></i>{}</span>",
                esc(&outcome_heading(o))
            )
        })
        .collect();
    let mut out = format!(
        "<section>\n<h2>{}</h2>\n<p class=\"note\">{}</p>\n\
         <p class=\"legend\">{legend}</p>\n<table>\n<thead><tr><th>{}</th>\
         <th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th>\
         <th class=\"n\">{}</th><th class=\"chart\">{}</th>\
         <th class=\"chart\">{}</th></tr></thead>\n<tbody>\n",
        esc(tr("report-scenarios")),
        esc(tr("report-scenarios-note")),
        esc(tr("report-col-scenario")),
        esc(tr("report-col-attempts")),
        esc(tr("report-col-finished")),
        esc(tr("report-col-learners")),
        esc(tr("report-col-passed")),
        esc(tr("report-col-average")),
        esc(tr("report-col-outcomes")),
    );
    for s in &r.scenarios {
        let name = match &s.title {
            Some(t) => format!("{}<br><small>{}</small>", esc(t), esc(&s.scenario)),
            None => esc(&s.scenario),
        };
        let _ = writeln!(
            out,
            "<tr><td class=\"name\">{name}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"chart\">{}</td>\
             <td class=\"chart\">{}</td></tr>",
            s.attempts,
            s.finished,
            s.learners,
            s.passed,
            score_cell(s.average(), s.score_total, s.finished),
            outcomes_cell(&s.outcomes, s.walked_out)
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    out
}

/// The outcome mix as a stacked bar, with the counts under it.
fn outcomes_cell(counts: &[u32; 4], walked_out: u32) -> String {
    let total: u32 = counts.iter().sum();
    if total == 0 {
        return format!(
            "<span class=\"muted\">{}</span>",
            esc(tr("report-none-finished"))
        );
    }
    let mut svg = String::from(
        "<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">",
    );
    let mut x = 0.0;
    for (&n, class) in counts.iter().zip(OUTCOME_CLASSES) {
        let w = 100.0 * f64::from(n) / f64::from(total);
        if n > 0 {
            let _ = write!(
                svg,
                "<rect class=\"{class}\" x=\"{x:.2}\" width=\"{w:.2}\" height=\"10\"/>"
            );
        }
        x += w;
    }
    svg.push_str("</svg>");
    let figures: Vec<String> = counts
        .iter()
        .zip(Outcome::ALL)
        .zip(OUTCOME_CLASSES)
        .map(|((&n, o), class)| {
            format!(
                "<span title=\"{}\"><i class=\"{class}\"></i>{n}</span>",
                esc(&outcome_heading(o))
            )
        })
        .collect();
    let walked = if walked_out > 0 {
        format!(
            " <span class=\"walked\">{}</span>",
            esc(&tr_args(
                "report-walked-out",
                &[("count", walked_out.into())]
            ))
        )
    } else {
        String::new()
    };
    format!(
        "{svg}<div class=\"counts\">{} <small>{}</small>{walked}</div>",
        figures.join(" "),
        esc(&tr_args("report-of-total", &[("total", total.into())]))
    )
}

fn principles(r: &Report) -> String {
    if r.principles.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<section>\n<h2>{}</h2>\n<p class=\"note\">{}</p>\n<table>\n<thead><tr><th>{}</th>\
         <th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th>\
         <th class=\"chart\">{}</th></tr></thead>\n<tbody>\n",
        esc(tr("report-principles")),
        esc(tr("report-principles-note")),
        esc(tr("report-col-principle")),
        esc(tr("report-col-attempts")),
        esc(tr("report-col-earned")),
        esc(tr("report-col-best")),
        esc(tr("report-col-share-of-best")),
    );
    for p in &r.principles {
        let share = p.share();
        let _ = writeln!(
            out,
            "<tr><td class=\"name\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"chart\"><div class=\"barline\">{}\
             <span class=\"fig\"><b>{}</b></span></div></td></tr>",
            esc(&principle_label(&p.id, &p.name)),
            p.attempts,
            signed(p.earned),
            signed(p.best),
            share.map_or(String::new(), diverging),
            share.map_or("–".into(), percent)
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    out
}

/// A share from -100% to +100% as a bar from the middle.
fn diverging(share: f64) -> String {
    let s = share.clamp(-100.0, 100.0);
    let (x, w, class) = if s >= 0.0 {
        (100.0, s, "good")
    } else {
        (100.0 + s, -s, "bad")
    };
    format!(
        "<svg class=\"bar\" viewBox=\"0 0 200 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">\
         <rect class=\"track\" width=\"200\" height=\"10\" rx=\"2\"/>\
         <rect class=\"{class}\" x=\"{x:.2}\" width=\"{w:.2}\" height=\"10\"/>\
         <rect class=\"axis\" x=\"99.5\" width=\"1\" height=\"10\"/></svg>"
    )
}

fn choices(r: &Report) -> String {
    let mut out = format!(
        "<section class=\"choices\">\n<h2>{}</h2>\n<p class=\"note\">{} {}</p>\n",
        esc(tr("report-choices")),
        esc(tr("report-choices-note")),
        best_note(),
    );
    let mut scenario = "";
    for m in &r.moments {
        if m.scenario != scenario {
            scenario = &m.scenario;
            let title = r
                .scenarios
                .iter()
                .find(|s| s.scenario == scenario)
                .and_then(|s| s.title.clone());
            let _ = writeln!(
                out,
                "<h3>{}{}</h3>",
                esc(title.as_deref().unwrap_or(scenario)),
                if title.is_some() {
                    format!(" <small>{}</small>", esc(scenario))
                } else {
                    String::new()
                }
            );
        }
        out.push_str(&moment(m));
    }
    out.push_str("</section>\n");
    out
}

fn moment(m: &Moment) -> String {
    let mut out = String::from("<div class=\"moment\">");
    let where_ = match &m.node {
        Some(node) => esc(&tr_args("report-moment", &[("node", "\u{1}".into())]))
            .replace('\u{1}', &format!("<code>{}</code>", esc(node))),
        None => esc(tr("report-moment-unknown")),
    };
    let best = m
        .replies
        .iter()
        .find(|r| r.best)
        .map(|b| {
            format!(
                " · {}",
                esc(&tr_args(
                    "report-best-chosen",
                    &[
                        ("chosen", b.chosen.into()),
                        ("answers", m.answers.into()),
                        ("share", percent(m.share(b)).into()),
                    ],
                ))
            )
        })
        .unwrap_or_default();
    let _ = write!(
        out,
        "<p class=\"where\">{where_} <small>{}{best}</small></p>",
        esc(&tr_args("report-answers", &[("count", m.answers.into())]))
    );
    if let Some(line) = &m.line {
        let _ = write!(out, "<blockquote>{}</blockquote>", esc(line));
    }
    out.push_str("<table class=\"replies\"><tbody>");
    for reply in &m.replies {
        let share = m.share(reply);
        let _ = write!(
            out,
            "<tr{}><td class=\"num\">{}</td><td class=\"text\">{}{}</td>\
             <td class=\"chart\">{}</td><td class=\"n\">{}</td><td class=\"n pct\">{}</td></tr>",
            if reply.best { " class=\"best\"" } else { "" },
            reply.number,
            esc(&reply.text),
            if reply.best {
                format!(" {}", best_tag())
            } else {
                String::new()
            },
            bar(share, 100.0, if reply.best { "good" } else { "share" }),
            esc(&tr_args(
                "report-chosen-of",
                &[
                    ("chosen", reply.chosen.to_string().into()),
                    ("answers", m.answers.to_string().into()),
                ],
            )),
            percent(share)
        );
    }
    out.push_str("</tbody></table></div>\n");
    out
}

/// The files read and what the figures mean.
fn about(r: &Report) -> String {
    let mut out = format!(
        "<section class=\"about\">\n<h2>{}</h2>\n<table>\n<thead><tr>\
         <th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th>\
         <th class=\"n\">{}</th></tr></thead>\n<tbody>\n",
        esc(tr("report-about")),
        esc(tr("report-col-records-file")),
        esc(tr("report-col-schema")),
        esc(tr("report-col-attempts")),
        esc(tr("report-col-shared")),
    );
    for s in &r.sources {
        let _ = writeln!(
            out,
            "<tr><td class=\"name\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td></tr>",
            esc(&s.file.display().to_string()),
            s.schema,
            s.attempts,
            s.shared
        );
    }
    let _ = write!(
        out,
        "</tbody>\n</table>\n<p class=\"note\">{}</p>\n</section>\n",
        code_spans(&esc(tr("report-about-note")))
    );
    out
}

/// The tag beside the best reply.
fn best_tag() -> String {
    format!(
        "<span class=\"best-tag\">{}</span>",
        esc(tr("report-best-tag"))
    )
}

/// What the tag beside the best reply means, the tag drawn as it is.
fn best_note() -> String {
    let note = esc(&tr_args("report-best-note", &[("tag", "\u{1}".into())]));
    note.replace('\u{1}', &best_tag())
}

/// Text between backticks as code: "made by `last-word report`".
fn code_spans(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            let _ = write!(out, "<code>{part}</code>");
        } else {
            out.push_str(part);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_for_content_and_attributes() {
        assert_eq!(
            esc("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }

    #[test]
    fn a_negative_share_grows_left_of_the_axis() {
        let svg = diverging(-25.0);
        assert!(
            svg.contains("class=\"bad\" x=\"75.00\" width=\"25.00\""),
            "{svg}"
        );
        let svg = diverging(250.0);
        assert!(
            svg.contains("class=\"good\" x=\"100.00\" width=\"100.00\""),
            "{svg}"
        );
    }
}
