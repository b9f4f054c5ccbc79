//! `login`, `logout` and the credentials pull/push send: docker's config.json `auths` or a
//! `docker-credential-<name>` helper (`credsStore`, `credHelpers`).

pub mod helper;
pub mod login;
pub mod logout;
pub mod privilege;
pub mod store;
