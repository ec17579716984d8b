//! The `last-word` command: the game and the trainers' tools.

fn main() -> std::process::ExitCode {
    last_word::cli::main()
}
