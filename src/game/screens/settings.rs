//! The settings screen: UI scale, text speed, timed mode, shuffled replies,
//! practice or assessment, fullscreen; and what the learning record store
//! has received (set up from the command line, `last-word lrs configure`).

use bevy::prelude::*;
use bevy::ui_widgets::{Activate, observe};

use crate::core::session::SessionMode;
use crate::game::Screen;
use crate::game::fonts::Fonts;
use crate::game::language::GameLanguage;
use crate::game::records::GameRecords;
use crate::game::settings::{Settings, SettingsFile, TextSpeed, UI_SCALES};
use crate::game::theme::interaction::Highlight;
use crate::game::theme::widget::{self, ButtonKind};
use crate::game::theme::{palette, space};
use crate::lrs::SenderStatus;
use crate::text::i18n::{Language, tr, tr_args};
use crate::text::progress::percent;
use crate::text::review;

use super::scroll;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Settings), spawn)
        .add_systems(
            Update,
            (rebuild
                .run_if(in_state(Screen::Settings))
                .run_if(resource_changed::<Settings>),),
        )
        .add_systems(
            Last,
            respawn_in_new_language
                .run_if(in_state(Screen::Settings))
                .run_if(resource_changed::<GameLanguage>),
        );
}

/// Another language chosen: the whole screen again, in it.
fn respawn_in_new_language(language: Res<GameLanguage>, mut next: ResMut<NextState<Screen>>) {
    if !language.is_added() {
        next.set(Screen::Settings);
    }
}

#[derive(Component)]
struct SettingsBody;

fn spawn(
    mut commands: Commands,
    fonts: Res<Fonts>,
    settings: Res<Settings>,
    file: Res<SettingsFile>,
    (records, language): (Res<GameRecords>, Res<GameLanguage>),
) {
    let root = commands
        .spawn((
            widget::screen_root(Screen::Settings),
            super::BackTo(Screen::Title),
        ))
        .id();
    let header = commands
        .spawn(widget::heading(&fonts, tr("settings-heading")))
        .id();
    let (frame, body) = scroll::scroll_frame(&mut commands, &fonts);
    commands.entity(body).insert(SettingsBody);
    let back = commands
        .spawn(super::back_button(&fonts, tr("game-back"), Screen::Title))
        .id();
    commands.entity(root).add_children(&[header, frame, back]);
    let shown = Shown {
        settings: &settings,
        file: &file,
        records: &records,
        system: language.system,
    };
    fill(&mut commands, body, &fonts, &shown);
}

/// What the settings screen shows.
struct Shown<'a> {
    settings: &'a Settings,
    file: &'a SettingsFile,
    records: &'a GameRecords,
    /// The system's language, what "the system's" means.
    system: Language,
}

fn rebuild(
    mut commands: Commands,
    fonts: Res<Fonts>,
    settings: Res<Settings>,
    file: Res<SettingsFile>,
    (records, language): (Res<GameRecords>, Res<GameLanguage>),
    body: Query<Entity, With<SettingsBody>>,
) {
    let shown = Shown {
        settings: &settings,
        file: &file,
        records: &records,
        system: language.system,
    };
    for body in &body {
        commands.entity(body).despawn_children();
        fill(&mut commands, body, &fonts, &shown);
    }
}

/// One choice of a setting: its label, whether it is the current one, and
/// what choosing it does.
type Choice = (String, bool, Box<dyn Fn(&mut Settings) + Send + Sync>);

/// One setting: a label, a line of explanation, and its choices.
fn row(
    commands: &mut Commands,
    fonts: &Fonts,
    label: &str,
    help: &str,
    options: Vec<Choice>,
) -> Entity {
    let row = commands
        .spawn(widget::panel())
        .insert(Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(space::S),
            padding: UiRect::all(px(space::M)),
            margin: UiRect::bottom(px(space::M)),
            border_radius: BorderRadius::all(px(12)),
            flex_shrink: 0.0,
            ..default()
        })
        .id();
    let title = commands.spawn(widget::subheading(fonts, label)).id();
    let help = commands.spawn(widget::muted(fonts, help)).id();
    let choices = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            flex_wrap: FlexWrap::Wrap,
            column_gap: px(space::S),
            row_gap: px(space::S),
            ..default()
        })
        .id();
    for (text, selected, apply) in options {
        let mut button = commands.spawn((
            widget::button(fonts, text, ButtonKind::Secondary),
            observe(move |_: On<Activate>, mut settings: ResMut<Settings>| {
                apply(&mut settings);
            }),
        ));
        if selected {
            button.insert(Highlight(palette::ACCENT));
        }
        let id = button.id();
        commands.entity(choices).add_child(id);
    }
    commands.entity(row).add_children(&[title, help, choices]);
    row
}

fn fill(commands: &mut Commands, body: Entity, fonts: &Fonts, shown: &Shown) {
    let Shown {
        settings,
        file,
        records,
        system,
    } = *shown;
    let scale = row(
        commands,
        fonts,
        tr("settings-text-size"),
        tr("settings-text-size-help"),
        choices(
            &UI_SCALES,
            settings.ui_scale,
            |s| percent(f64::from(s)),
            |st, s| st.ui_scale = s,
        ),
    );
    let speed = row(
        commands,
        fonts,
        tr("settings-text-speed"),
        tr("settings-text-speed-help"),
        choices(
            &TextSpeed::ALL,
            settings.text_speed,
            |t| t.label().to_string(),
            |st, t| st.text_speed = t,
        ),
    );
    let timed = row(
        commands,
        fonts,
        tr("settings-timed"),
        tr("settings-timed-help"),
        choices(&[false, true], settings.timed, on_off, |st, on| {
            st.timed = on;
        }),
    );
    let shuffle = row(
        commands,
        fonts,
        tr("settings-shuffle"),
        tr("settings-shuffle-help"),
        choices(&[false, true], settings.shuffle, on_off, |st, on| {
            st.shuffle = on;
        }),
    );
    let mode = row(
        commands,
        fonts,
        tr("settings-mode"),
        tr("settings-mode-help"),
        choices(
            &[SessionMode::Practice, SessionMode::Assessment],
            settings.mode,
            |m| review::mode_label(m).to_string(),
            |st, m| st.mode = m,
        ),
    );
    let fullscreen = row(
        commands,
        fonts,
        tr("settings-fullscreen"),
        tr("settings-fullscreen-help"),
        choices(&[false, true], settings.fullscreen, on_off, |st, on| {
            st.fullscreen = on;
        }),
    );
    let language = row(
        commands,
        fonts,
        tr("language-setting"),
        tr("language-setting-help"),
        language_choices(settings, system),
    );
    let lrs = row(
        commands,
        fonts,
        tr("settings-lrs"),
        &lrs_line(records.sender_status().as_ref()),
        Vec::new(),
    );
    let saved = commands.spawn(saved_note(fonts, file)).id();
    commands.entity(body).add_children(&[
        scale, speed, timed, shuffle, mode, fullscreen, language, lrs, saved,
    ]);
}

/// A setting's choices, one per value: `label` names a value, `current`
/// is the setting's value now, and `set` stores the value chosen.
fn choices<T: Copy + PartialEq + Send + Sync + 'static>(
    values: &[T],
    current: T,
    label: impl Fn(T) -> String,
    set: fn(&mut Settings, T),
) -> Vec<Choice> {
    values
        .iter()
        .map(|&value| {
            (
                label(value),
                value == current,
                Box::new(move |st: &mut Settings| set(st, value))
                    as Box<dyn Fn(&mut Settings) + Send + Sync>,
            )
        })
        .collect()
}

/// "The system's (Italiano)", then every language in its own name.
fn language_choices(settings: &Settings, system: Language) -> Vec<Choice> {
    let mut out: Vec<Choice> = vec![(
        tr_args(
            "language-setting-system",
            &[("language", system.native_name().into())],
        ),
        settings.language.is_none(),
        Box::new(|st: &mut Settings| st.language = None),
    )];
    for language in Language::ALL {
        out.push((
            language.native_name().to_string(),
            settings.language() == Some(language),
            Box::new(move |st: &mut Settings| st.language = Some(language.tag().to_string())),
        ));
    }
    out
}

fn on_off(on: bool) -> String {
    tr(if on { "settings-on" } else { "settings-off" }).to_string()
}

/// What the LRS sender has done, in a sentence.
fn lrs_line(status: Option<&SenderStatus>) -> String {
    match status {
        None => tr("settings-lrs-closed").into(),
        Some(s) if !s.configured => tr("settings-lrs-not-set-up").into(),
        Some(s) => {
            let c = s.counts;
            let mut line = tr_args(
                "settings-lrs-counts",
                &[
                    ("sent", c.sent.into()),
                    ("waiting", c.waiting.into()),
                    ("refused", c.rejected.into()),
                ],
            );
            if let Some(error) = &s.last_error {
                line.push(' ');
                line.push_str(&tr_args(
                    "settings-lrs-error",
                    &[("error", error.to_string().into())],
                ));
            }
            line
        }
    }
}

/// Where the settings are kept, or that they last until the game quits.
fn saved_note(fonts: &Fonts, file: &SettingsFile) -> impl Bundle {
    widget::note(
        fonts,
        match &file.0 {
            Some(path) => tr_args(
                "settings-saved-to",
                &[("path", path.display().to_string().into())],
            ),
            None => tr("settings-not-saved").into(),
        },
    )
}
