//! Scores and grades.

/// A letter grade for a 0–100 score.
pub fn grade(score: u32) -> char {
    match score {
        90.. => 'A',
        80..=89 => 'B',
        65..=79 => 'C',
        50..=64 => 'D',
        _ => 'F',
    }
}

/// The 0–100 score of a raw principle score between `worst` and `best`.
pub fn normalise(raw: i64, best: i64, worst: i64) -> u32 {
    if best <= worst {
        return 100;
    }
    let share = (raw - worst) as f64 / (best - worst) as f64;
    (share * 100.0).round().clamp(0.0, 100.0) as u32
}
