//! Shared test helpers: sample fixtures and a tiny deterministic PRNG.
#![allow(dead_code)]

use std::path::PathBuf;

use coverready_checklist::{Answers, Profile};
use serde::Deserialize;

pub const SAMPLES: [&str; 3] = ["micro_shop", "accounting_firm", "clinic"];

#[derive(Deserialize)]
pub struct Sample {
    pub profile: Profile,
    pub answers: Answers,
}

pub fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn repo_root() -> PathBuf {
    crate_dir().join("../../..")
}

pub fn sample(name: &str) -> Sample {
    let path = crate_dir()
        .join("tests/fixtures")
        .join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// xorshift64*: enough randomness for property loops, reproducible from the seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}
