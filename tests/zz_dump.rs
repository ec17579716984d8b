#[test]
fn dump() {
    for dir in ["valid", "invalid", "duplicate-scenario-id", "mixed", "custom-vocabulary"] {
        let lib = last_word::load::load_paths(&[format!("tests/fixtures/{dir}").into()]);
        for (_, d) in lib.diagnostics() {
            println!("{}:{}:{} {:?} {} id={:?} | {} | hint: {}", d.file, d.line, d.column, d.severity, d.code, d.id, d.message, d.hint);
        }
    }
}
