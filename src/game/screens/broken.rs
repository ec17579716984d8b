//! A scenario (or the folder's `principles.ron`) with errors: the
//! validator's messages on screen (file, line, the source line with the
//! problem marked, and how to fix it). It updates as the trainer saves the
//! file, and offers to play a scenario once it is fixed.

use std::ops::Range;

use bevy::prelude::*;
use bevy::ui_widgets::{Activate, observe};

use crate::core::diagnostic::{Diagnostic, Severity};
use crate::core::ron_spans::SourceText;
use crate::game::Screen;
use crate::game::conversation::{Action, ShowBroken};
use crate::game::fonts::Fonts;
use crate::game::library::{Library, Status};
use crate::game::theme::widget::{self, ButtonKind};
use crate::game::theme::{palette, size, space};
use crate::text::i18n::{tr, tr_args};

use super::scroll;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Broken), spawn).add_systems(
        Update,
        rebuild
            .run_if(resource_changed::<Library>)
            .run_if(in_state(Screen::Broken)),
    );
}

#[derive(Component)]
struct BrokenBody;

fn spawn(
    mut commands: Commands,
    fonts: Res<Fonts>,
    library: Res<Library>,
    shown: Option<Res<ShowBroken>>,
) {
    let root = commands
        .spawn((
            widget::screen_root(Screen::Broken),
            super::BackTo(Screen::Picker),
        ))
        .id();
    let body = commands
        .spawn((
            BrokenBody,
            Node {
                flex_direction: FlexDirection::Column,
                flex_grow: 1.0,
                min_height: px(0),
                row_gap: px(space::M),
                ..default()
            },
        ))
        .id();
    let back = commands
        .spawn(super::back_button(
            &fonts,
            tr("broken-back"),
            Screen::Picker,
        ))
        .insert(Node {
            align_self: AlignSelf::FlexStart,
            padding: UiRect::axes(px(space::L), px(10)),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(10)),
            flex_shrink: 0.0,
            ..default()
        })
        .id();
    commands.entity(root).add_children(&[body, back]);
    let file = shown.map(|s| s.0.clone()).unwrap_or_default();
    fill(&mut commands, body, &fonts, &library, &file);
}

fn rebuild(
    mut commands: Commands,
    fonts: Res<Fonts>,
    library: Res<Library>,
    shown: Option<Res<ShowBroken>>,
    bodies: Query<Entity, With<BrokenBody>>,
) {
    let file = shown.map(|s| s.0.clone()).unwrap_or_default();
    for body in &bodies {
        commands.entity(body).despawn_children();
        fill(&mut commands, body, &fonts, &library, &file);
    }
}

fn fill(commands: &mut Commands, body: Entity, fonts: &Fonts, library: &Library, file: &str) {
    let entry = library.find_file(file);
    match entry.map(|e| &e.status) {
        Some(Status::Broken {
            diagnostics,
            source,
        }) => broken_file(commands, body, fonts, file, diagnostics, source.as_ref()),
        Some(Status::Ready(p)) => fixed_file(commands, body, fonts, file, &p.scenario.title),
        Some(Status::Principles) => {
            let parts = fixed(commands, fonts, file, tr("broken-principles-fixed").into());
            commands.entity(body).add_children(&parts);
        }
        Some(Status::Loading) => {
            let text = commands
                .spawn(widget::muted(fonts, tr("broken-reading")))
                .id();
            commands.entity(body).add_child(text);
        }
        None => {
            let text = commands
                .spawn(widget::body(
                    fonts,
                    tr_args("broken-gone", &[("file", file.into())]),
                ))
                .id();
            commands.entity(body).add_child(text);
        }
    }
}

/// The file's messages, under a heading that counts its errors.
fn broken_file(
    commands: &mut Commands,
    body: Entity,
    fonts: &Fonts,
    file: &str,
    diagnostics: &[Diagnostic],
    source: Option<&SourceText>,
) {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let heading = commands
        .spawn(widget::heading(
            fonts,
            tr_args("broken-heading", &[("file", file.into())]),
        ))
        .id();
    let sub = commands
        .spawn(widget::muted(
            fonts,
            tr_args("broken-intro", &[("errors", errors.into())]),
        ))
        .id();
    let area = commands.spawn(scroll::scroll_area()).id();
    let list = commands
        .spawn(Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(space::M),
            ..default()
        })
        .id();
    commands.entity(area).add_child(list);
    for d in diagnostics {
        let card = diagnostic(commands, fonts, d, source);
        commands.entity(list).add_child(card);
    }
    commands.entity(body).add_children(&[heading, sub, area]);
}

/// The file is valid now: say so and offer to play it.
fn fixed_file(commands: &mut Commands, body: Entity, fonts: &Fonts, file: &str, title: &str) {
    let [heading, sub] = fixed(
        commands,
        fonts,
        file,
        tr_args("broken-valid-now", &[("title", title.into())]),
    );
    let file = file.to_string();
    let play = commands
        .spawn((
            widget::button(fonts, tr("broken-play"), ButtonKind::Primary),
            observe(move |_: On<Activate>, mut actions: MessageWriter<Action>| {
                actions.write(Action::Open {
                    file: file.clone(),
                    seed: super::new_seed(),
                });
            }),
        ))
        .insert(Node {
            align_self: AlignSelf::FlexStart,
            padding: UiRect::axes(px(space::L), px(10)),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(10)),
            ..default()
        })
        .id();
    commands.entity(body).add_children(&[heading, sub, play]);
    super::focus(commands, play);
}

/// The heading and line for a file that has no errors any more.
fn fixed(commands: &mut Commands, fonts: &Fonts, file: &str, line: String) -> [Entity; 2] {
    let heading = commands
        .spawn(widget::heading(
            fonts,
            tr_args("broken-fixed", &[("file", file.into())]),
        ))
        .id();
    let sub = commands.spawn(widget::body(fonts, line)).id();
    [heading, sub]
}

/// One message: where, what, the line of source with the problem marked,
/// and the fix.
fn diagnostic(
    commands: &mut Commands,
    fonts: &Fonts,
    d: &Diagnostic,
    source: Option<&SourceText>,
) -> Entity {
    let color = match d.severity {
        Severity::Error => palette::BAD,
        Severity::Warning => palette::WARN,
    };
    let card = commands
        .spawn(widget::callout(color, palette::SURFACE))
        .id();
    let place = if d.line > 0 {
        format!("{}:{}:{}", d.file, d.line, d.column)
    } else {
        d.file.clone()
    };
    let kind = tr(match d.severity {
        Severity::Error => "broken-error",
        Severity::Warning => "broken-warning",
    });
    let head = commands
        .spawn((
            widget::text(
                format!("{kind}[{}] ", d.code),
                &fonts.bold,
                size::BODY,
                color,
            ),
            children![widget::span(
                place,
                &fonts.regular,
                size::BODY,
                palette::TEXT_MUTED
            )],
        ))
        .id();
    let message = commands
        .spawn(widget::text(
            crate::text::diagnostics::message(d),
            &fonts.bold,
            size::BODY,
            palette::TEXT,
        ))
        .id();
    let mut parts = vec![head, message];
    if let (Some(src), Some(span)) = (source, &d.span) {
        parts.push(source_excerpt(commands, fonts, d, src, span, color));
    }
    if !d.hint.is_empty() {
        parts.push(
            commands
                .spawn(widget::text(
                    tr_args(
                        "broken-how-to-fix",
                        &[("hint", crate::text::diagnostics::hint(d).into())],
                    ),
                    &fonts.regular,
                    size::BODY,
                    palette::GOOD,
                ))
                .id(),
        );
    }
    commands.entity(card).add_children(&parts);
    card
}

/// The line of source with the problem, its offending text marked in
/// `color`.
fn source_excerpt(
    commands: &mut Commands,
    fonts: &Fonts,
    d: &Diagnostic,
    src: &SourceText,
    span: &Range<usize>,
    color: Color,
) -> Entity {
    let text = &src.text;
    let start = span.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let end = span.end.clamp(start, line_end);
    let before = text[line_start..start].trim_start().to_string();
    let marked = text[start..end].to_string();
    let after = text[end..line_end].to_string();
    commands
        .spawn((
            Node {
                padding: UiRect::axes(px(space::S), px(space::XS)),
                border_radius: BorderRadius::all(px(6)),
                ..default()
            },
            BackgroundColor(palette::BACKGROUND),
            children![(
                widget::text(
                    format!("{:>4} | {before}", d.line),
                    &fonts.regular,
                    size::SMALL,
                    palette::TEXT_MUTED
                ),
                children![
                    (
                        widget::span(
                            if marked.is_empty() {
                                tr("broken-here").to_string()
                            } else {
                                marked
                            },
                            &fonts.bold,
                            size::SMALL,
                            color
                        ),
                        TextBackgroundColor(color.with_alpha(0.18)),
                    ),
                    widget::span(after, &fonts.regular, size::SMALL, palette::TEXT_MUTED),
                ],
            )],
        ))
        .id()
}
