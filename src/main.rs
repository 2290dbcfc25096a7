//! The `rolediff` binary: parse the command line, run it, map the outcome to an exit code.

use std::io::Write;
use std::process::ExitCode;

use clap::FromArgMatches;
use rolediff::cli::Cli;
use rolediff::error::EXIT_SUCCESS;

fn main() -> ExitCode {
    survive_file_size_limit();
    // Answers the shell's completion requests (`ROLEDIFF_COMPLETE=bash rolediff ...`), then
    // exits; does nothing otherwise. A variable of our own: other tools use `COMPLETE`.
    clap_complete::CompleteEnv::with_factory(rolediff::cli::full_command)
        .var(rolediff::cli::COMPLETE_VAR)
        .complete();
    let cli = match Cli::from_arg_matches(&rolediff::cli::command().get_matches()) {
        Ok(cli) => cli,
        Err(err) => err.exit(),
    };
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

/// Under a file-size limit (`ulimit -f`), a write past it sends SIGXFSZ, which ends the
/// process and leaves a temporary file behind. With a handler set, the write fails with an
/// error instead: the cache counts that as no cache, an import reports it.
fn survive_file_size_limit() {
    #[cfg(unix)]
    {
        static EXCEEDED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
        let _ = signal_hook::flag::register(signal_hook::consts::SIGXFSZ, &EXCEEDED);
    }
}
