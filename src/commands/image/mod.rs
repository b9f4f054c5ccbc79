//! `hvdock image ...`: images, pulling and references.

pub mod pull;
pub mod reference;
