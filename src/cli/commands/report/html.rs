//! The report as one self-contained HTML page: the style sheet inline,
//! charts as inline SVG, no scripts, fonts, images or anything fetched
//! from a network, so it can be mailed round and opened anywhere, and a
//! print style sheet for paper. Every text from the records is escaped: a
//! learner named `<script>` shows as that text.

use std::fmt::Write;

use super::{coverage, decimal, duration, outcome_heading, percent, signed};
use crate::core::scenario::Outcome;
use crate::records::date::date_time;
use crate::records::report::{Moment, Report};

pub(crate) const STYLE: &str = include_str!("report.css");

/// The colours of the outcomes, in [`Outcome::ALL`]'s order.
const OUTCOME_CLASSES: [&str; 4] = ["o-loyal", "o-risk", "o-lost", "o-telling"];

/// The whole report as an HTML page.
pub fn render(r: &Report) -> String {
    let mut page = String::with_capacity(64 * 1024);
    let made = date_time(r.generated_at);
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Training report, {made} UTC</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <header class=\"top\"><div class=\"wrap\"><p class=\"brand\">Last Word</p>\
         <h1>Training report</h1><p class=\"sub\">{}</p><p class=\"sub\">Made {made} UTC</p>\
         </div></header>\n<main class=\"wrap\">\n",
        esc(&coverage(r))
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
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

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
        decimal(total as f64 / finished as f64)
    } else {
        "–".into()
    };
    let mut out = String::from("<section class=\"cards\">");
    out.push_str(&card(
        &r.learners.len().to_string(),
        "learners",
        &format!("{} scenarios in the records", r.scenarios.len()),
    ));
    out.push_str(&card(
        &r.attempts.len().to_string(),
        "attempts",
        &format!("{finished} finished"),
    ));
    out.push_str(&card(
        &average,
        "average score",
        &format!("{total} points / {finished} finished"),
    ));
    out.push_str(&card(
        &passed.to_string(),
        "passed",
        &format!("of {finished} finished attempts"),
    ));
    out.push_str(&card(
        &mastered.to_string(),
        "scenarios mastered",
        &format!("of {played} learner–scenario pairs played"),
    ));
    out.push_str("</section>\n");
    out
}

fn learners(r: &Report) -> String {
    let mut out = String::from(
        "<section>\n<h2>Learners</h2>\n<p class=\"note\">Average over finished attempts \
         (points / finished). Mastered: scenarios with an attempt at or above the pass mark. \
         Time spent: from the start to each reply and the ending, a pause counted up to \
         5 minutes.</p>\n<table>\n<thead><tr><th>Learner</th><th class=\"n\">Attempts</th>\
         <th class=\"n\">Finished</th><th class=\"n\">Scenarios</th>\
         <th class=\"n\">Mastered</th><th class=\"chart\">Average score</th>\
         <th class=\"n\">Best</th><th class=\"n\">Time spent</th></tr></thead>\n<tbody>\n",
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
        return "<span class=\"muted\">no finished attempt</span>".into();
    };
    format!(
        "<div class=\"barline\">{}<span class=\"fig\"><b>{}</b> <small>{total} / {count}</small></span></div>",
        bar(a, 100.0, "score"),
        decimal(a)
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
        "<section>\n<h2>Scenarios</h2>\n<p class=\"note\">How each scenario's finished \
         attempts ended, the customer kept or lost. Passed: finished at or above the pass mark.</p>\n\
         <p class=\"legend\">{legend}</p>\n<table>\n<thead><tr><th>Scenario</th>\
         <th class=\"n\">Attempts</th><th class=\"n\">Finished</th><th class=\"n\">Learners</th>\
         <th class=\"n\">Passed</th><th class=\"chart\">Average score</th>\
         <th class=\"chart\">Outcomes of finished attempts</th></tr></thead>\n<tbody>\n"
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
        return "<span class=\"muted\">none finished</span>".into();
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
        format!(" <span class=\"walked\">{walked_out} walked out</span>")
    } else {
        String::new()
    };
    format!(
        "{svg}<div class=\"counts\">{} <small>of {total}</small>{walked}</div>",
        figures.join(" ")
    )
}

fn principles(r: &Report) -> String {
    if r.principles.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "<section>\n<h2>Principles</h2>\n<p class=\"note\">Points earned for each principle \
         across finished attempts, against the points the best replies of the same \
         scenarios earn. Share = earned / best; below zero, the principle was broken more \
         than honoured.</p>\n<table>\n<thead><tr><th>Principle</th><th class=\"n\">Attempts</th>\
         <th class=\"n\">Earned</th><th class=\"n\">Best</th><th class=\"chart\">Share of the best</th>\
         </tr></thead>\n<tbody>\n",
    );
    for p in &r.principles {
        let share = p.share();
        let _ = writeln!(
            out,
            "<tr><td class=\"name\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"chart\"><div class=\"barline\">{}\
             <span class=\"fig\"><b>{}</b></span></div></td></tr>",
            esc(&p.name),
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
    let mut out = String::from(
        "<section class=\"choices\">\n<h2>Choices at each decision point</h2>\n<p class=\"note\">\
         At every moment a learner had to answer the customer: how many answers chose each \
         reply. A conversation that came back to a moment counts each answer. \
         <span class=\"best-tag\">Best</span> marks the reply that starts the best path from \
         that moment.</p>\n",
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
        Some(node) => format!("Moment <code>{}</code>", esc(node)),
        None => "Moment not recorded (replies from before Last Word kept it)".into(),
    };
    let best = m
        .replies
        .iter()
        .find(|r| r.best)
        .map(|b| {
            format!(
                " · best reply chosen {} of {} ({})",
                b.chosen,
                m.answers,
                percent(m.share(b))
            )
        })
        .unwrap_or_default();
    let _ = write!(
        out,
        "<p class=\"where\">{where_} <small>{} answer{}{best}</small></p>",
        m.answers,
        if m.answers == 1 { "" } else { "s" }
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
             <td class=\"chart\">{}</td><td class=\"n\">{} of {}</td><td class=\"n pct\">{}</td></tr>",
            if reply.best { " class=\"best\"" } else { "" },
            reply.number,
            esc(&reply.text),
            if reply.best {
                " <span class=\"best-tag\">Best</span>"
            } else {
                ""
            },
            bar(share, 100.0, if reply.best { "good" } else { "share" }),
            reply.chosen,
            m.answers,
            percent(share)
        );
    }
    out.push_str("</tbody></table></div>\n");
    out
}

/// The files read and what the figures mean.
fn about(r: &Report) -> String {
    let mut out = String::from(
        "<section class=\"about\">\n<h2>About this report</h2>\n<table>\n<thead><tr>\
         <th>Records file</th><th class=\"n\">Schema</th><th class=\"n\">Attempts</th>\
         <th class=\"n\">Also in an earlier file</th></tr></thead>\n<tbody>\n",
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
    out.push_str(
        "</tbody>\n</table>\n<p class=\"note\">An attempt found in several files (the same \
         global id) is counted once, from its most complete copy. Learners are matched by \
         name, ignoring case. Times are UTC. Made by <code>last-word report</code>; \
         <code>--format csv</code> gives one row per attempt for a spreadsheet.</p>\n</section>\n",
    );
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
