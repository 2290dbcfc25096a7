//! The end-to-end tests, in one binary (one link, not one per file): a module per command
//! or concern, and the helpers they share in `common`.

mod common;

mod cli;
mod explore;
mod hostile;
mod library;
mod matching_eval;
mod onet;
mod properties;
mod readme;
mod related;
mod synthetic;
mod untrusted;
