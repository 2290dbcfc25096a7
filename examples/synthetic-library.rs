//! Writes a synthetic library of role files for benchmarks.
//!
//! `cargo run --release --example synthetic-library -- --roles 10000 --out DIR`

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

/// Writes N synthetic role files (10 responsibilities, 20 skills and 20 tools each, drawn
/// from shared pools) into a new folder.
#[derive(Parser)]
struct Args {
    /// How many roles to write.
    #[arg(long)]
    roles: usize,
    /// The folder to write them to; it must not exist yet.
    #[arg(long)]
    out: PathBuf,
    /// Seed of the draws: the same seed gives the same files.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let written = std::fs::create_dir(&args.out)
        .and_then(|()| synthetic::write_library(&args.out, args.roles, args.seed));
    match written {
        Ok(ids) => {
            println!("wrote {} role files to {}", ids.len(), args.out.display());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {}: {err}", args.out.display());
            eprintln!("  hint: --out must name a folder that does not exist yet");
            ExitCode::from(2)
        }
    }
}
