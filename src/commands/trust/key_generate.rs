//! `trust key generate`: a new signing key, its private half stored encrypted under the
//! config's `trust/private/<key ID>.key`, its public half written to `NAME.pub`.

use anyhow::Result;

use super::keys::Key;
use super::pem::with_role;
use super::store::{private_dir, write_private};
use crate::cli::trust::KeyGenerateArgs;
use crate::commands::Ctx;
use crate::error::CliError;

fn fail(m: impl Into<String>) -> anyhow::Error {
    CliError::message(m, 1)
}

/// docker's `validKeyName`: `^[a-z0-9][a-z0-9_-]*$`.
pub fn valid_name(name: &str) -> bool {
    let mut bytes = name.bytes();
    bytes
        .next()
        .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

pub fn invalid_name(kind: &str, name: &str) -> anyhow::Error {
    fail(format!(
        "{kind} name \"{name}\" must start with lowercase alphanumeric characters and can include \"-\" or \"_\" after the first character"
    ))
}

/// Go's `filepath.Join(dir, file)` for a plain file name.
fn join(dir: &str, file: &str) -> String {
    let dir = dir.trim_end_matches('/');
    match dir {
        "" | "." => file.to_string(),
        d => format!("{d}/{file}"),
    }
}

pub fn run(ctx: &Ctx, a: KeyGenerateArgs) -> Result<()> {
    if !valid_name(&a.name) {
        return Err(invalid_name("key", &a.name));
    }
    let dir = match a.dir.as_deref().filter(|d| !d.is_empty()) {
        Some(d) => d.to_string(),
        None => std::env::current_dir()?.display().to_string(),
    };
    if std::fs::metadata(&dir).is_err() {
        return Err(fail(format!("public key path does not exist: \"{dir}\"")));
    }
    let pub_path = join(&dir, &format!("{}.pub", a.name));
    if std::fs::metadata(&pub_path).is_ok() {
        return Err(fail(format!(
            "public key file already exists: \"{pub_path}\""
        )));
    }
    println!("Generating key for {}...", a.name);
    let private_dir = private_dir(ctx)?;
    let key = Key::generate()?;
    let id = key.id();
    let Some(passphrase) = super::passphrase::for_new_key(&a.name, &id) else {
        let why = "maximum number of passphrase attempts exceeded";
        print!("{why}");
        return Err(fail(format!(
            "failed to generate key for {}: {why}",
            a.name
        )));
    };
    let private = with_role(
        "ENCRYPTED PRIVATE KEY",
        &a.name,
        key.encrypted_pkcs8(&passphrase)?,
    );
    write_private(&private_dir.join(format!("{id}.key")), &private)?;
    let public = with_role("PUBLIC KEY", &a.name, key.public_der());
    write_private(std::path::Path::new(&pub_path), &public)
        .map_err(|e| fail(format!("failed to write public key to {pub_path}: {e}")))?;
    println!(
        "Successfully generated and loaded private key. Corresponding public key available: {pub_path}"
    );
    Ok(())
}
