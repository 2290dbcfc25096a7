//! The `rolediff` binary: parse the command line, run it, map the outcome to an exit code.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use rolediff::cli::Cli;
use rolediff::error::EXIT_SUCCESS;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match rolediff::run(&cli) {
        Ok(code) => ExitCode::from(code),
        // A closed pipe (`rolediff list | head -1`) is the reader's choice, not a failure.
        Err(err) if err.is_broken_pipe() => ExitCode::from(EXIT_SUCCESS),
        Err(err) => {
            let _ = writeln!(
                std::io::stderr(),
                "error: {}",
                rolediff::output::escape_control_lines(&err.to_string())
            );
            ExitCode::from(err.exit_code())
        }
    }
}
