//! What rolediff generates about itself: the role file's JSON Schema, shell completions and
//! the man page. None of these reads a role.

use std::io::{self, Write};

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::{EXIT_SUCCESS, Error};
use crate::role::schema::role_schema;

/// `schema`: the JSON Schema of the role file.
pub fn schema(out: &mut dyn Write) -> Result<u8, Error> {
    serde_json::to_writer_pretty(&mut *out, &role_schema()).map_err(io::Error::from)?;
    writeln!(out)?;
    Ok(EXIT_SUCCESS)
}

/// `completions SHELL`: the completion script of a shell.
pub fn completions(args: &CompletionsArgs, out: &mut dyn Write) -> Result<u8, Error> {
    // clap_complete panics when it cannot write; it writes to memory here, and a full disk
    // or a closed pipe is then an error like any other output's.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "rolediff", &mut script);
    out.write_all(&script)?;
    Ok(EXIT_SUCCESS)
}

/// `man`: the man page.
pub fn man(out: &mut dyn Write) -> Result<u8, Error> {
    clap_mangen::Man::new(Cli::command()).render(out)?;
    Ok(EXIT_SUCCESS)
}
