//! The debrief: grade and score, the per-principle breakdown, the mood
//! across the conversation, the lifetime-value arithmetic, the word-of-mouth
//! estimate, the lesson and the questions for discussion; then replay, or
//! "show me the best path". In assessment mode, the decision-by-decision
//! review comes first and takes the place of the list of replies. The
//! content scrolls, with a scrollbar and a "more below" hint.

pub(crate) mod chart;
mod review;

use bevy::prelude::*;
use bevy::ui_widgets::{Activate, observe};

use crate::core::session::{Debrief, SessionMode, TakenReply};
use crate::game::Screen;
use crate::game::conversation::{Action, CurrentGame};
use crate::game::fonts::Fonts;
use crate::game::theme::widget::{self, ButtonKind};
use crate::game::theme::{palette, size, space};
use crate::text::i18n::{tr, tr_args};
use crate::text::{
    money_heading, outcome_label, revenue_arithmetic, word_of_mouth_arithmetic,
    word_of_mouth_heading,
};

use super::scroll;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Debrief), spawn)
        .add_systems(Update, keys.run_if(in_state(Screen::Debrief)));
}

fn spawn(mut commands: Commands, fonts: Res<Fonts>, game: Option<Res<CurrentGame>>) {
    let root = commands
        .spawn((
            widget::screen_root(Screen::Debrief),
            super::BackTo(Screen::Picker),
        ))
        .id();
    let Some(debrief) = game.as_ref().and_then(|g| g.session.debrief()) else {
        let text = commands
            .spawn(widget::body(&fonts, tr("debrief-nothing")))
            .id();
        commands.entity(root).add_child(text);
        return;
    };
    let header = header(&mut commands, &fonts, &debrief);
    let (frame, area) = scroll::scroll_frame(&mut commands, &fonts);
    if debrief.mode == SessionMode::Assessment {
        let review = review::review_panel(&mut commands, &fonts, &debrief);
        commands.entity(area).add_child(review);
    }
    let columns = commands.spawn(widget::columns()).id();
    commands.entity(area).add_child(columns);
    let left = how_it_went(&mut commands, &fonts, &debrief);
    let middle = what_it_cost(&mut commands, &fonts, &debrief);
    let right = what_to_take_away(&mut commands, &fonts, &debrief);
    commands
        .entity(columns)
        .add_children(&[left, middle, right]);

    let buttons = buttons(&mut commands, &fonts);
    commands
        .entity(root)
        .add_children(&[header, frame, buttons]);
}

/// The left column: the principles, the mood chart and (in practice, where
/// the review is not shown) the replies given and the best path's, in words.
fn how_it_went(commands: &mut Commands, fonts: &Fonts, debrief: &Debrief) -> Entity {
    let left = column(commands);
    let principles = principles(commands, fonts, debrief);
    let chart = section(commands, fonts, tr("debrief-mood"));
    chart::mood_chart(commands, fonts, chart, debrief);
    commands.entity(left).add_children(&[principles, chart]);
    if debrief.mode == SessionMode::Practice {
        let replies = reply_list(
            commands,
            fonts,
            tr("debrief-your-replies"),
            &debrief.replies,
            tr("debrief-no-replies"),
        );
        let best = reply_list(
            commands,
            fonts,
            tr("debrief-best-path"),
            &debrief.best_replies,
            tr("debrief-best-path-none"),
        );
        commands.entity(left).add_children(&[replies, best]);
    }
    left
}

/// The second column: the money, word of mouth and the money explained.
fn what_it_cost(commands: &mut Commands, fonts: &Fonts, debrief: &Debrief) -> Entity {
    let revenue = &debrief.revenue;
    panels_column(
        commands,
        fonts,
        [
            (
                money_heading(revenue),
                revenue_arithmetic(revenue),
                palette::TEXT,
            ),
            (
                word_of_mouth_heading(revenue),
                word_of_mouth_arithmetic(&debrief.word_of_mouth, revenue),
                palette::TEXT_MUTED,
            ),
            (
                tr("debrief-money-explained").into(),
                vec![debrief.money_explanation.clone()],
                palette::TEXT_MUTED,
            ),
        ],
    )
}

/// The third column (below the others in a narrow window): the lesson and
/// the questions for discussion.
fn what_to_take_away(commands: &mut Commands, fonts: &Fonts, debrief: &Debrief) -> Entity {
    let questions = debrief
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| format!("{}. {q}", i + 1))
        .collect();
    panels_column(
        commands,
        fonts,
        [
            (
                tr("debrief-lesson").into(),
                vec![debrief.lesson.clone()],
                palette::TEXT,
            ),
            (tr("debrief-discussion").into(), questions, palette::TEXT),
        ],
    )
}

/// A column of panels, each a title over lines of text in one colour.
fn panels_column<const N: usize>(
    commands: &mut Commands,
    fonts: &Fonts,
    panels: [(String, Vec<String>, Color); N],
) -> Entity {
    let column = column(commands);
    for (title, lines, color) in panels {
        let panel = lines_panel(commands, fonts, &title, &lines, color);
        commands.entity(column).add_child(panel);
    }
    column
}

fn column(commands: &mut Commands) -> Entity {
    commands.spawn(widget::column()).id()
}

fn header(commands: &mut Commands, fonts: &Fonts, d: &Debrief) -> Entity {
    let header = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            align_items: AlignItems::Center,
            column_gap: px(space::L),
            flex_shrink: 0.0,
            ..default()
        })
        .id();
    let grade = commands.spawn(grade_badge(fonts, d.grade)).id();
    let words = commands.spawn(widget::stack()).id();
    let title = commands
        .spawn(widget::heading(
            fonts,
            tr_args("debrief-heading", &[("title", d.title.as_str().into())]),
        ))
        .id();
    let title = if d.mode == SessionMode::Assessment {
        let row = commands.spawn(widget::row()).id();
        let chip = commands
            .spawn(widget::chip(
                fonts,
                crate::text::review::mode_label(d.mode),
                palette::ACCENT,
            ))
            .insert(widget::chip_node())
            .id();
        commands.entity(row).add_children(&[title, chip]);
        row
    } else {
        title
    };
    let score = commands
        .spawn(widget::text(
            tr_args(
                "debrief-score",
                &[
                    ("score", d.score.into()),
                    ("raw", format!("{:+}", d.raw_score).into()),
                    ("best", format!("{:+}", d.best_score).into()),
                    ("worst", format!("{:+}", d.worst_score).into()),
                ],
            ),
            &fonts.bold,
            size::BODY,
            palette::grade(d.grade),
        ))
        .id();
    let ending = commands.spawn(ending_line(fonts, d)).id();
    commands.entity(words).add_children(&[title, score, ending]);
    commands.entity(header).add_children(&[grade, words]);
    header
}

/// The grade in a ringed circle, in the grade's colour.
fn grade_badge(fonts: &Fonts, grade: char) -> impl Bundle {
    (
        Node {
            width: px(92),
            height: px(92),
            flex_shrink: 0.0,
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            border: UiRect::all(px(5)),
            border_radius: BorderRadius::MAX,
            ..default()
        },
        BorderColor::all(palette::grade(grade)),
        BackgroundColor(palette::SURFACE),
        children![widget::text(
            grade.to_string(),
            &fonts.bold,
            size::TITLE * 0.8,
            palette::grade(grade)
        )],
    )
}

/// How the conversation ended: the outcome in its colour, then what
/// happened.
fn ending_line(fonts: &Fonts, d: &Debrief) -> impl Bundle {
    let outcome_color = if d.ending.outcome.is_kept() {
        palette::GOOD
    } else {
        palette::BAD
    };
    let walked = if d.ending.walked_out {
        format!(" {}", tr("debrief-walked-out"))
    } else {
        String::new()
    };
    (
        widget::text(
            format!(
                "{} ",
                tr_args(
                    "debrief-customer",
                    &[("outcome", outcome_label(d.ending.outcome).into())],
                )
            ),
            &fonts.bold,
            size::BODY,
            outcome_color,
        ),
        children![widget::span(
            format!("{}{walked}", d.ending.text),
            &fonts.regular,
            size::BODY,
            palette::TEXT
        )],
    )
}

fn section(commands: &mut Commands, fonts: &Fonts, title: &str) -> Entity {
    commands.spawn(widget::titled_panel(fonts, title)).id()
}

fn lines_panel(
    commands: &mut Commands,
    fonts: &Fonts,
    title: &str,
    lines: &[String],
    color: Color,
) -> Entity {
    let panel = section(commands, fonts, title);
    for line in lines {
        let text = commands
            .spawn(widget::text(
                line.clone(),
                &fonts.regular,
                size::BODY,
                color,
            ))
            .id();
        commands.entity(panel).add_child(text);
    }
    panel
}

/// The principles as a table: each name, the points the player earned and
/// the best path's. The number columns are as wide as their longest entry
/// (the headings' words included), and at least [`NUMBER_COLUMN`].
fn principles(commands: &mut Commands, fonts: &Fonts, d: &Debrief) -> Entity {
    let panel = section(commands, fonts, tr("debrief-principles"));
    let number = || {
        GridTrack::minmax(
            MinTrackSizingFunction::Px(NUMBER_COLUMN),
            MaxTrackSizingFunction::MaxContent,
        )
    };
    let table = commands
        .spawn(Node {
            display: Display::Grid,
            grid_template_columns: vec![GridTrack::flex(1.0), number(), number()],
            column_gap: px(space::S),
            row_gap: px(space::S),
            ..default()
        })
        .id();
    commands.entity(panel).add_child(table);
    row(
        commands,
        fonts,
        table,
        ["", tr("debrief-column-you"), tr("debrief-column-best")],
        [palette::TEXT_MUTED, palette::TEXT_MUTED],
    );
    for p in &d.principles {
        let you = format!("{:+}", p.earned);
        let best = format!("{:+}", p.best);
        let name = crate::text::labels::principle_label(&p.id, &p.name);
        row(
            commands,
            fonts,
            table,
            [&name, &you, &best],
            [palette::signed(p.earned as f64), palette::TEXT_MUTED],
        );
    }
    panel
}

/// The narrowest a number column of the principles' table is.
const NUMBER_COLUMN: f32 = 52.0;

/// A right-aligned number cell of the principles' table.
fn cell(text: &str, font: &Handle<Font>, color: Color) -> impl Bundle {
    (
        widget::text(text, font, size::BODY, color),
        TextLayout::justify(Justify::Right),
    )
}

/// One row of the principles' table: the name, then the player's and the
/// best path's figures in their colours.
fn row(
    commands: &mut Commands,
    fonts: &Fonts,
    table: Entity,
    [name, you, best]: [&str; 3],
    [you_color, best_color]: [Color; 2],
) {
    let name = commands.spawn(widget::body(fonts, name)).id();
    let you = commands.spawn(cell(you, &fonts.bold, you_color)).id();
    let best = commands.spawn(cell(best, &fonts.regular, best_color)).id();
    commands.entity(table).add_children(&[name, you, best]);
}

/// Replies in words with their points, numbered in the order said.
fn reply_list(
    commands: &mut Commands,
    fonts: &Fonts,
    title: &str,
    replies: &[TakenReply],
    none: &str,
) -> Entity {
    let panel = section(commands, fonts, title);
    for (i, r) in replies.iter().enumerate() {
        let line = commands
            .spawn((
                widget::text(
                    format!("{}. ", i + 1),
                    &fonts.bold,
                    size::BODY,
                    palette::TEXT_MUTED,
                ),
                children![
                    widget::span(r.text.clone(), &fonts.regular, size::BODY, palette::TEXT),
                    widget::span(
                        format!("  {:+}", r.points),
                        &fonts.bold,
                        size::BODY,
                        palette::signed(r.points as f64)
                    ),
                ],
            ))
            .id();
        commands.entity(panel).add_child(line);
    }
    if replies.is_empty() {
        let none = commands.spawn(widget::muted(fonts, none)).id();
        commands.entity(panel).add_child(none);
    }
    panel
}

fn buttons(commands: &mut Commands, fonts: &Fonts) -> Entity {
    let row = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::Wrap,
            column_gap: px(space::M),
            row_gap: px(space::S),
            flex_shrink: 0.0,
            ..default()
        })
        .id();
    let best = commands
        .spawn((
            widget::button(fonts, tr("debrief-show-best"), ButtonKind::Primary),
            observe(|_: On<Activate>, mut actions: MessageWriter<Action>| {
                actions.write(Action::ShowBestPath);
            }),
        ))
        .id();
    let replay = commands
        .spawn((
            widget::button(fonts, tr("debrief-play-again"), ButtonKind::Secondary),
            observe(|_: On<Activate>, mut actions: MessageWriter<Action>| {
                actions.write(Action::Replay {
                    seed: super::new_seed(),
                });
            }),
        ))
        .id();
    let back = commands
        .spawn(super::back_button(
            fonts,
            tr("debrief-scenarios"),
            Screen::Picker,
        ))
        .id();
    commands.entity(row).add_children(&[best, replay, back]);
    super::focus(commands, best);
    row
}

fn keys(keys: Res<ButtonInput<KeyCode>>, mut actions: MessageWriter<Action>) {
    if keys.just_pressed(KeyCode::KeyB) {
        actions.write(Action::ShowBestPath);
    } else if keys.just_pressed(KeyCode::KeyR) {
        actions.write(Action::Replay {
            seed: super::new_seed(),
        });
    }
}
