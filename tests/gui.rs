//! End to end: the real game binary in a real window under Xvfb, with
//! Mesa's software renderer. Screenshots of the title, play and debrief
//! screens, and of the progress and learner screens over recorded plays,
//! must be real pictures, different from each other, not blank.
//!
//! `tests/run` installs Xvfb and Mesa when they are missing; run by hand,
//! install `xvfb` and `mesa-vulkan-drivers` first.
#![cfg(feature = "gui")]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn last_word() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_last-word"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// Runs the game under a fresh Xvfb display at 1280×720, its settings and
/// records in `config`.
fn under_xvfb(args: &[&str], config: &Path) -> Output {
    let found = Command::new("sh")
        .args(["-c", "command -v xvfb-run"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "xvfb-run is missing: install xvfb and mesa-vulkan-drivers (tests/run does this)"
    );
    // xvfb-run itself sometimes fails to remove its temporary folder when
    // several run at once (exit 5, after the game has run): run it again.
    for _ in 0..3 {
        let out = Command::new("xvfb-run")
            .args(["-a", "-s", "-screen 0 1280x720x24"])
            .arg(env!("CARGO_BIN_EXE_last-word"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("LAST_WORD_CONFIG_DIR", config)
            // The plays are recorded beside the settings, never in the real data folder.
            .env("LAST_WORD_DATA_DIR", config.join("data"))
            .output()
            .expect("xvfb-run starts");
        let cleanup_failed = out.status.code() == Some(5)
            && String::from_utf8_lossy(&out.stderr)
                .contains("problem while cleaning up temporary directory");
        if !cleanup_failed {
            return out;
        }
    }
    panic!("xvfb-run failed to clean up three times in a row")
}

struct Picture {
    width: u32,
    height: u32,
    rgb: Vec<[u8; 3]>,
}

fn read_png(path: &Path) -> Picture {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut buf).expect("a frame");
    let channels = info.color_type.samples();
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    let rgb = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    Picture {
        width: info.width,
        height: info.height,
        rgb,
    }
}

/// Distinct colours, counted coarsely: a blank or single-colour screen has
/// a handful, a real screen with text and drawings has hundreds.
fn colours(p: &Picture) -> usize {
    let mut seen: std::collections::HashSet<[u8; 3]> = std::collections::HashSet::new();
    for px in &p.rgb {
        seen.insert([px[0] / 8, px[1] / 8, px[2] / 8]);
    }
    seen.len()
}

/// Share of pixels that differ clearly between two pictures.
fn difference(a: &Picture, b: &Picture) -> f64 {
    let differ = a
        .rgb
        .iter()
        .zip(&b.rgb)
        .filter(|(x, y)| x.iter().zip(y.iter()).any(|(p, q)| p.abs_diff(*q) > 24))
        .count();
    differ as f64 / a.rgb.len() as f64
}

fn shoot(dir: &Path, name: &str, args: &[&str]) -> (PathBuf, Picture) {
    let path = dir.join(format!("{name}.png"));
    // After the arguments, so that `workshop …` can come first.
    let mut all = args.to_vec();
    all.extend(["--screenshot", path.to_str().unwrap()]);
    let out = under_xvfb(&all, dir);
    assert!(
        out.status.success(),
        "{name}: the game failed\nstdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let picture = read_png(&path);
    (path, picture)
}

#[test]
fn screenshots_of_title_play_and_debrief_are_real_and_different() {
    let dir = tempfile::tempdir().unwrap();
    let (_, title) = shoot(dir.path(), "title", &[]);
    let (_, play) = shoot(
        dir.path(),
        "play",
        &[
            "--scenario",
            "coffee-dry-cappuccino",
            "--choices",
            "1",
            "--seed",
            "3",
        ],
    );
    let (_, debrief) = shoot(
        dir.path(),
        "debrief",
        &[
            "--scenario",
            "coffee-dry-cappuccino",
            "--choices",
            "1,3,2,2,2",
            "--screen",
            "debrief",
        ],
    );
    for (name, p) in [("title", &title), ("play", &play), ("debrief", &debrief)] {
        assert_eq!((p.width, p.height), (1280, 720), "{name}: window size");
        let n = colours(p);
        assert!(n > 40, "{name}: only {n} colours, the screen looks blank");
    }
    for (name, a, b) in [
        ("title/play", &title, &play),
        ("title/debrief", &title, &debrief),
        ("play/debrief", &play, &debrief),
    ] {
        let d = difference(a, b);
        assert!(d > 0.05, "{name}: only {:.1}% of pixels differ", d * 100.0);
    }
    // The settings screen of a scripted run never touches saved settings.
    assert!(!dir.path().join("settings.ron").exists());
}

#[test]
fn a_bad_scripted_reply_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let shot = dir.path().join("never.png");
    let out = under_xvfb(
        &[
            "--scenario",
            "coffee-dry-cappuccino",
            "--choices",
            "9",
            "--screenshot",
            shot.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("reply 9 is not available at `counter`"),
        "{stderr}"
    );
    assert!(!shot.exists());
}

#[test]
fn scripted_replies_past_the_end_or_none_at_all_still_give_a_screen() {
    let dir = tempfile::tempdir().unwrap();
    // Two cutting remarks: the customer walks out before the third reply.
    let shot = dir.path().join("walked-out.png");
    let out = under_xvfb(
        &[
            "--scenario",
            "coffee-dry-cappuccino",
            "--seed",
            "1",
            "--choices",
            "1,1,3",
            "--screen",
            "debrief",
            "--screenshot",
            shot.to_str().unwrap(),
        ],
        dir.path(),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(
            "note: the customer walked out after 2 replies, so the last choice went unused."
        ),
        "{stderr}"
    );
    assert!(colours(&read_png(&shot)) > 40);
    // `--choices ""`: the first moment, no reply played.
    let (_, first) = shoot(
        dir.path(),
        "first",
        &["--scenario", "coffee-dry-cappuccino", "--choices", ""],
    );
    assert!(colours(&first) > 40);
}

#[test]
fn without_a_display_the_game_points_to_the_terminal_mode() {
    let out = last_word()
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("needs a graphical display"), "{stderr}");
    assert!(stderr.contains("last-word play"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        stderr.trim().lines().count(),
        1,
        "one clear sentence: {stderr}"
    );
}

#[test]
fn the_assessment_debrief_is_drawn_from_the_saved_setting() {
    let path = common::analyzed_best_path("coffee-dry-cappuccino");
    let args = [
        "--scenario",
        "coffee-dry-cappuccino",
        "--choices",
        &path,
        "--screen",
        "debrief",
    ];
    let practice_dir = tempfile::tempdir().unwrap();
    let (_, practice) = shoot(practice_dir.path(), "practice", &args);
    let assess_dir = tempfile::tempdir().unwrap();
    let settings = assess_dir.path().join("settings.ron");
    std::fs::write(&settings, "(mode: assessment)\n").unwrap();
    let (_, assess) = shoot(assess_dir.path(), "assessment", &args);
    let n = colours(&assess);
    assert!(n > 40, "only {n} colours, the screen looks blank");
    let d = difference(&practice, &assess);
    assert!(
        d > 0.05,
        "the review changes the debrief: only {:.1}% of pixels differ",
        d * 100.0
    );
    assert_eq!(
        std::fs::read_to_string(&settings).unwrap(),
        "(mode: assessment)\n",
        "a scripted run leaves the settings alone"
    );
}

#[test]
fn the_progress_and_learner_screens_draw_the_recorded_attempts() {
    let dir = tempfile::tempdir().unwrap();
    // Recorded where the game under Xvfb reads them (`dir/data`).
    let data = dir.path().join("data");
    let plays = [
        ("Ana", "coffee-dry-cappuccino", "1,2,3,2,3"),
        ("Ana", "coffee-dry-cappuccino", "3,2,2,2"),
        ("Ben", "faulty-cd", "1,1,4,3"),
        ("Ana", "faulty-cd", "1,1,4,3"),
    ];
    for (learner, scenario, choices) in plays {
        common::play_recorded(&data, learner, scenario, 1, choices);
    }
    let (_, progress) = shoot(dir.path(), "progress", &["--screen", "progress"]);
    let (_, learners) = shoot(dir.path(), "learners", &["--screen", "learners"]);
    let (_, title) = shoot(dir.path(), "title", &[]);
    for (name, p) in [("progress", &progress), ("learners", &learners)] {
        assert_eq!((p.width, p.height), (1280, 720), "{name}: window size");
        let n = colours(p);
        assert!(n > 40, "{name}: only {n} colours, the screen looks blank");
    }
    for (name, a, b) in [
        ("progress/learners", &progress, &learners),
        ("progress/title", &progress, &title),
        ("learners/title", &learners, &title),
    ] {
        let d = difference(a, b);
        assert!(d > 0.05, "{name}: only {:.1}% of pixels differ", d * 100.0);
    }
    // The palette's green is drawn: the A of the second coffee attempt,
    // the points honoured, the scenarios mastered.
    let green = progress
        .rgb
        .iter()
        .filter(|p| p[0].abs_diff(76) < 6 && p[1].abs_diff(195) < 6 && p[2].abs_diff(138) < 6)
        .count();
    assert!(green > 500, "only {green} green pixels: no chart drawn");
}

/// Pixels of exactly this colour.
fn count_colour(p: &Picture, rgb: [u8; 3], tolerance: u8) -> usize {
    p.rgb
        .iter()
        .filter(|px| px.iter().zip(rgb).all(|(a, b)| a.abs_diff(b) <= tolerance))
        .count()
}

#[test]
fn the_workshop_projector_shows_a_live_tally_and_the_join_code() {
    let dir = tempfile::tempdir().unwrap();
    let (_, projector) = shoot(
        dir.path(),
        "workshop",
        &[
            "--scenario",
            "coffee-dry-cappuccino",
            "--screen",
            "workshop",
            "--seed",
            "1",
        ],
    );
    assert_eq!((projector.width, projector.height), (1280, 720));
    let n = colours(&projector);
    assert!(n > 40, "only {n} colours, the projector looks blank");
    // The tally's bars (the focus blue) and the QR code's dark modules.
    let bars = count_colour(&projector, [127, 179, 255], 6);
    assert!(bars > 2_000, "only {bars} pixels of tally bars");
    let dark = count_colour(&projector, [0, 0, 0], 0);
    assert!(dark > 1_000, "only {dark} black pixels: no QR code");
}

/// The game in each language its scenarios are translated into, chosen in
/// Settings (the saved `language`): the screen at the first moment of a
/// translated scenario, and the Telugu debrief. Each must be a real
/// picture and differ from the same screen in English: the interface and
/// the scenario's texts changed, in Latin, Cyrillic, Devanagari and Telugu
/// script. Copies go to `target/screenshots/` to look at.
#[test]
fn each_script_is_drawn_when_its_language_is_chosen_in_settings() {
    let keep = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&keep).unwrap();
    let cases = [
        ("te", "guest-house-review-fine"),
        ("hi", "complaints-backlog"),
        ("mn", "the-plums"),
        ("lv", "ninety-seconds"),
    ];
    let shot_in = |language: &str, name: &str, args: &[&str]| {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("settings.ron"),
            format!("(language: Some(\"{language}\"), text_speed: Instant)\n"),
        )
        .unwrap();
        let (path, picture) = shoot(dir.path(), name, args);
        std::fs::copy(&path, keep.join(format!("{name}.png"))).unwrap();
        picture
    };
    for (language, scenario) in cases {
        let args = ["--scenario", scenario, "--choices", "", "--seed", "1"];
        let english = shot_in("en", &format!("script-{scenario}-en"), &args);
        let translated = shot_in(language, &format!("script-{scenario}-{language}"), &args);
        let n = colours(&translated);
        assert!(
            n > 40,
            "{language}: only {n} colours, the screen looks blank"
        );
        let d = difference(&english, &translated);
        assert!(
            d > 0.01,
            "{language}: only {:.2}% of pixels differ from English",
            d * 100.0
        );
    }
    let debrief = [
        "--scenario",
        "guest-house-review-fine",
        "--choices",
        &common::analyzed_best_path("guest-house-review-fine"),
        "--screen",
        "debrief",
    ]
    .map(String::from);
    let args: Vec<&str> = debrief.iter().map(String::as_str).collect();
    let english = shot_in("en", "script-debrief-en", &args);
    let telugu = shot_in("te", "script-debrief-te", &args);
    assert!(colours(&telugu) > 40);
    let d = difference(&english, &telugu);
    assert!(d > 0.01, "only {:.2}% of pixels differ", d * 100.0);
}

#[test]
fn the_workshop_set_up_standings_and_end_screens_are_captured() {
    let dir = tempfile::tempdir().unwrap();
    let workshop = [
        "workshop",
        "--scenarios",
        "coffee-dry-cappuccino,faulty-cd",
        "--teams",
        "Red,Blue,Green",
        "--seed",
        "1",
    ];
    let with = |screen: &'static str| {
        let mut args = workshop.to_vec();
        args.extend(["--screen", screen]);
        args
    };
    let (_, setup) = shoot(dir.path(), "setup", &with("workshop-setup"));
    let (_, standings) = shoot(dir.path(), "standings", &with("standings"));
    let (_, end) = shoot(dir.path(), "end", &with("workshop-end"));
    for (name, p) in [("setup", &setup), ("standings", &standings), ("end", &end)] {
        assert_eq!((p.width, p.height), (1280, 720), "{name}: window size");
        let n = colours(p);
        assert!(n > 40, "{name}: only {n} colours, the screen looks blank");
    }
    for (name, a, b) in [
        ("setup/standings", &setup, &standings),
        ("setup/end", &setup, &end),
        ("standings/end", &standings, &end),
    ] {
        let d = difference(a, b);
        assert!(d > 0.05, "{name}: only {:.1}% of pixels differ", d * 100.0);
    }
    // The set-up shows the running order picked: two scenarios (and the
    // Teams choice) in the accent colour.
    let picked = count_colour(&setup, [240, 122, 82], 8);
    assert!(picked > 20_000, "only {picked} pixels of picked buttons");
    // The end screen's workshop went where every finished workshop goes:
    // saved with the records and exported.
    let exported: Vec<_> = std::fs::read_dir(dir.path().join("data").join("workshops"))
        .expect("the workshop was exported")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        exported.iter().any(|f| f.ends_with(".html"))
            && exported.iter().any(|f| f.ends_with(".csv")),
        "{exported:?}"
    );
    // Standings need teams.
    let shot = dir.path().join("never.png");
    let out = under_xvfb(
        &[
            "workshop",
            "--scenarios",
            "coffee-dry-cappuccino",
            "--screen",
            "standings",
            "--screenshot",
            shot.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--screen standings needs teams"),
        "{stderr}"
    );
    assert!(!shot.exists());
}

#[test]
fn a_long_decision_fits_the_projector_and_nothing_is_cut_off() {
    // The longest first decision in the library: a long line, four long
    // replies. At full size its last replies would run under the control
    // bar; the projector draws it smaller instead.
    let dir = tempfile::tempdir().unwrap();
    let (_, p) = shoot(
        dir.path(),
        "long",
        &[
            "--scenario",
            "basic-questions-only",
            "--choices",
            "",
            "--screen",
            "workshop",
            "--seed",
            "1",
        ],
    );
    let at = |x: u32, y: u32| p.rgb[(y * p.width + x) as usize];
    // The palette's BACKGROUND; the control bar is SURFACE.
    let background = [23, 28, 38];
    let is_background = |c: [u8; 3]| c.iter().zip(background).all(|(a, b)| a.abs_diff(b) <= 3);
    // The control bar's top: from the bottom up, the first row of the
    // page's background in the left margin.
    let bar_top = (0..p.height)
        .rev()
        .find(|&y| is_background(at(8, y)))
        .expect("the page's background")
        + 1;
    assert!(
        (p.height - 120..p.height - 30).contains(&bar_top),
        "the control bar starts at {bar_top}"
    );
    // Above it, the screen's bottom margin: nothing drawn into it across
    // the customer's column.
    for y in bar_top - 8..bar_top {
        for x in 40..760 {
            assert!(
                is_background(at(x, y)),
                "something runs into the bottom margin at ({x}, {y}): {:?}",
                at(x, y)
            );
        }
    }
}
