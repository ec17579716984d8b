//! The README's run command, `./run`, in its `--check` mode: it says what it
//! would install (Debian packages the game needs, Rust 1.95 or newer) and
//! installs nothing. `dpkg` and `cargo` are stood in for by small scripts so
//! the answer does not depend on this machine.
#![cfg(unix)]

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::Mutex;

/// One test at a time writes its stand-ins and runs the script, so no test
/// starts a process while another still has a stand-in open for writing
/// (which would make running it fail with "text file busy").
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn run_check(command: &mut Command) -> Output {
    command.arg("--check").output().expect("./run starts")
}

/// Runs `./run --check` with `dpkg` answering with `dpkg_body` and `cargo
/// --version` printing `cargo_version`, in an empty home.
fn check_with(dpkg_body: &str, cargo_version: &str) -> Output {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin");
    fs::create_dir(&bin).unwrap();
    stub(&bin.join("dpkg"), dpkg_body);
    stub(&bin.join("cargo"), &format!("echo '{cargo_version}'"));
    // Whether this machine has curl does not change the answer.
    stub(&bin.join("curl"), "exit 1");
    run_check(
        Command::new("./run")
            .env("HOME", dir.path())
            .env("PATH", format!("{}:/usr/bin:/bin", bin.display())),
    )
}

fn stub(path: &Path, body: &str) {
    fs::write(path, format!("#!/bin/sh\n{body}\n")).unwrap();
    fs::set_permissions(path, fs::Permissions::from_mode(0o755)).unwrap();
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The script's exit code and its lines of output.
fn answer(o: &Output) -> (Option<i32>, Vec<String>) {
    (
        o.status.code(),
        stdout(o).lines().map(String::from).collect(),
    )
}

#[test]
fn on_a_fresh_machine_it_lists_the_packages_and_rust() {
    let o = check_with("exit 1", "cargo 1.80.0 (0000000 2024-07-21)");
    let packages = "libx11-6 libxcursor1 libxi6 libxrandr2 libxkbcommon-x11-0 \
                    mesa-vulkan-drivers build-essential pkg-config ca-certificates";
    let expected = [
        format!("would install Debian packages: {packages}"),
        "would install Rust 1.95 or newer with rustup".to_string(),
    ];
    assert_eq!(answer(&o), (Some(1), expected.to_vec()));
}

#[test]
fn with_everything_there_it_installs_nothing() {
    let installed = "echo 'Status: install ok installed'";
    let o = check_with(installed, "cargo 1.95.0 (f2d3ce0bd 2026-03-21)");
    assert_eq!(
        answer(&o),
        (Some(0), vec!["nothing to install".to_string()])
    );
}

#[test]
fn it_names_only_what_is_missing() {
    let dpkg = r#"[ "$2" = mesa-vulkan-drivers ] && exit 1; echo 'Status: install ok installed'"#;
    let o = check_with(dpkg, "cargo 1.96.0-nightly (0000000 2026-05-01)");
    let expected = "would install Debian packages: mesa-vulkan-drivers";
    assert_eq!(answer(&o), (Some(1), vec![expected.to_string()]));
}

#[test]
fn on_this_machine_it_answers_without_installing() {
    let o = {
        let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        run_check(&mut Command::new("./run"))
    };
    let out = stdout(&o);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{out}");
    assert!(
        out.lines()
            .all(|l| l.starts_with("would install") || l == "nothing to install"),
        "{out}"
    );
}
