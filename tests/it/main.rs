//! The end-to-end tests, in one binary (one link, not one per file): a module per command
//! or concern, and the helpers they share in `common`.

mod common;

mod compare;
mod concepts;
mod explore;
mod find;
mod find_eval;
mod folders;
mod formats;
mod gap;
mod generate;
mod hostile;
mod index;
mod jobads_eval;
mod layout;
mod library;
mod list_show;
mod matching_eval;
mod naming;
mod onet;
mod postings;
mod properties;
mod readme;
mod related;
mod role_files;
mod synthetic;
mod terminal;
mod untrusted;
mod validate;
