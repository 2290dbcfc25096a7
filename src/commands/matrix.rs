//! `matrix [ROLE...]`: the similarity of every pair of roles, measured against the whole
//! library.

use std::io::Write;

use crate::analysis::related::matrix as matrix_of;
use crate::analysis::similarity::SimilarityIndex;
use crate::cli::MatrixArgs;
use crate::error::{EXIT_SUCCESS, Error};
use crate::library::Library;
use crate::output;
use crate::role::Role;
use crate::terminal::Terminal;

/// The most roles `matrix` shows as a table: already wider than most terminals.
pub const MAX_MATRIX_TABLE_ROLES: usize = 100;

/// The most roles `matrix` computes in any format: every role's similarity to every other
/// role of the library is held at once (about 80 bytes a pair: 180 MB and a few seconds at
/// 1,500 roles, the O*NET import and more), and grows with the square of the roles.
pub const MAX_MATRIX_ROLES: usize = 1_500;

/// `matrix [ROLE...]`: pairwise similarity, measured against the whole library.
pub fn matrix(
    library: &mut Library,
    args: &MatrixArgs,
    terminal: &Terminal,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let mut roles: Vec<Role> = library.load_all();
    let positions: Vec<usize> = if args.roles.is_empty() {
        (0..roles.len()).collect()
    } else {
        let mut positions = Vec::new();
        for name in &args.roles {
            // A role of the library named by its id is already loaded: no need to read its
            // file again.
            if let Some(position) = roles.iter().position(|role| role.id == *name) {
                positions.push(position);
                continue;
            }
            let role = library.resolve(name)?;
            let (with, position) = super::with_role(roles, role);
            roles = with;
            positions.push(position);
        }
        positions
    };
    // Refused before the work: a table of thousands of columns is for no one to read, and
    // the table library would hold every cell of it (over a GiB at 2,000 roles).
    if args.format == output::MatrixFormat::Table && positions.len() > MAX_MATRIX_TABLE_ROLES {
        return Err(Error::TooWide {
            roles: positions.len(),
            limit: MAX_MATRIX_TABLE_ROLES,
        });
    }
    if positions.len() > MAX_MATRIX_ROLES {
        return Err(Error::TooManyRoles {
            roles: positions.len(),
            limit: MAX_MATRIX_ROLES,
        });
    }
    let index = SimilarityIndex::build(&roles);
    let matrix = matrix_of(&index, &roles, &positions);
    output::render_matrix(&matrix, args.format, terminal, out)?;
    Ok(EXIT_SUCCESS)
}
