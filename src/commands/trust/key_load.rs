//! `trust key load [--name NAME] KEYFILE`: docker's `loadPrivKey` and notary's `ImportKeys`. A
//! key file others can read or write is refused; an encrypted one is decrypted with the
//! passphrase asked as `encrypted key`; an unencrypted one is stored encrypted under a new
//! passphrase asked for its role, in `trust/private/<key ID>.key`.
//!
//! One deliberate difference: docker says it imported a decrypted key but stores nothing
//! (docker/cli#1095: notary gets the key's DER, which holds no PEM block); hvdock prints the
//! same and stores the key, encrypted with the passphrase it was just opened with.

use std::collections::BTreeMap;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use anyhow::Result;

use super::key_generate::{invalid_name, valid_name};
use super::keys::{self, Key};
use super::passphrase::Retriever;
use super::pem::{self, Block};
use super::store::{private_dir, write_private};
use crate::cli::trust::KeyLoadArgs;
use crate::commands::Ctx;
use crate::error::CliError;
use crate::opts::oserror::describe;

/// Bigger than any key file: refused without reading it all.
const MAX_KEY_FILE: u64 = 16 << 20;

pub fn run(ctx: &Ctx, a: KeyLoadArgs) -> Result<()> {
    if !a.name.is_empty() && !valid_name(&a.name) {
        return Err(invalid_name("key", &a.name));
    }
    let store = private_dir(ctx)?;
    let path = &a.keyfile;
    println!("Loading key from \"{path}\"...");
    let mut ret = Retriever::default();
    let bytes = read_key_file(path)
        .map_err(|e| CliError::message(format!("refusing to load key from {path}: {e}"), 1))?;
    let mut to = Store { dir: &store };
    load(&bytes, path, &a.name, &mut ret, &mut to)
        .map_err(|e| CliError::message(format!("error importing key from {path}: {e}"), 1))?;
    println!("Successfully imported key from {path}");
    Ok(())
}

/// docker's `getPrivKeyBytesFromPath`.
fn read_key_file(path: &str) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("stat {path}: {}", describe(&e)))?;
    if meta.permissions().mode() & 0o077 != 0 {
        return Err(format!(
            "private key file {path} must not be readable or writable by others"
        ));
    }
    let file = std::fs::File::open(path).map_err(|e| format!("open {path}: {}", describe(&e)))?;
    let mut bytes = Vec::new();
    file.take(MAX_KEY_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("read {path}: {}", describe(&e)))?;
    Ok(bytes)
}

struct Store<'a> {
    dir: &'a Path,
}

impl Store<'_> {
    fn set(&mut self, name: &str, text: &str) -> Result<(), String> {
        write_private(&self.dir.join(format!("{name}.key")), text).map_err(|e| {
            let e = describe(&e);
            crate::compose::warn(&format!("failed to import key to store: {e}"));
            e
        })
    }
}

/// docker's `loadPrivKeyBytesToStore`.
fn load(
    bytes: &[u8],
    path: &str,
    name: &str,
    ret: &mut Retriever,
    to: &mut Store,
) -> Result<(), String> {
    let supported = bytes.len() as u64 <= MAX_KEY_FILE
        && pem::decode(bytes).is_some_and(|(b, _)| {
            matches!(
                b.kind.as_str(),
                "RSA PRIVATE KEY"
                    | "EC PRIVATE KEY"
                    | "ED25519 PRIVATE KEY"
                    | "PRIVATE KEY"
                    | "ENCRYPTED PRIVATE KEY"
            )
        });
    let Some((first, _)) = pem::decode(bytes).filter(|_| supported) else {
        return Err(format!("provided file {path} is not a supported private key - to add a signer's public key use docker trust signer add"));
    };
    let encrypted = first.headers.contains_key("DEK-Info") || first.kind == "ENCRYPTED PRIVATE KEY";
    if encrypted && !first.headers.contains_key("path") {
        let cannot = || format!("cannot load key from provided file {path}: could not decrypt key");
        let (key, passphrase) = decrypt(&first, ret).ok_or_else(cannot)?;
        return store_decrypted(first, key, &passphrase, name, to);
    }
    import(bytes, name, ret, to)
}

/// notary's `GetPasswdDecryptBytes` for docker's `encrypted` key.
fn decrypt(block: &Block, ret: &mut Retriever) -> Option<(Key, String)> {
    for attempts in 0..=10 {
        let passphrase = ret.get("", "encrypted", false, attempts).ok()?;
        if let Some(key) = parse(block, &passphrase) {
            return Some((key, passphrase));
        }
    }
    None
}

/// notary's `ParsePEMPrivateKey`: the key of `block`, decrypted with `passphrase` (PKCS#8 when
/// the passphrase is not empty; legacy `DEK-Info` blocks always).
fn parse(block: &Block, passphrase: &str) -> Option<Key> {
    let legacy = matches!(
        block.kind.as_str(),
        "RSA PRIVATE KEY" | "EC PRIVATE KEY" | "ED25519 PRIVATE KEY"
    );
    let bytes = match legacy && block.headers.contains_key("DEK-Info") {
        true => super::legacy_pem::decrypt(block, passphrase)?,
        false => block.bytes.clone(),
    };
    match block.kind.as_str() {
        "RSA PRIVATE KEY" => keys::parse_pkcs1(&bytes),
        "EC PRIVATE KEY" => keys::parse_sec1(&bytes, None),
        "ED25519 PRIVATE KEY" => (bytes.len() == 96).then_some(Key::Ed25519(bytes)),
        "ENCRYPTED PRIVATE KEY" | "PRIVATE KEY" if passphrase.is_empty() => {
            keys::parse_pkcs8(&block.bytes)
        }
        "ENCRYPTED PRIVATE KEY" | "PRIVATE KEY" => keys::decrypt_pkcs8(&block.bytes, passphrase),
        _ => None,
    }
}

/// The roles whose keys belong to one repository (GUN).
fn canonical(role: &str) -> bool {
    matches!(role, "snapshot" | "targets" | "timestamp")
}

/// notary's `ConvertPrivateKeyToPKCS8`, encrypted.
fn encrypted_block(
    key: &Key,
    headers: &BTreeMap<String, String>,
    pass: &str,
) -> Result<String, String> {
    let mut kept = BTreeMap::new();
    for h in ["role", "gun"] {
        if let Some(v) = headers.get(h).filter(|v| !v.is_empty()) {
            kept.insert(h.to_string(), v.clone());
        }
    }
    let bytes = key
        .encrypted_pkcs8(pass)
        .map_err(|_| "failed to encrypt key with given passphrase".to_string())?;
    Ok(pem::encode(&Block {
        kind: "ENCRYPTED PRIVATE KEY".into(),
        headers: kept,
        bytes,
    }))
}

/// hvdock stores the key docker decrypted (and then lost), under its role, as its own
/// unencrypted import would.
fn store_decrypted(
    mut block: Block,
    key: Key,
    passphrase: &str,
    name: &str,
    to: &mut Store,
) -> Result<(), String> {
    fallbacks(&mut block, name);
    let role = block.headers["role"].clone();
    if canonical(&role) && block.headers.get("gun").is_none_or(|g| g.is_empty()) {
        return Ok(());
    }
    if !canonical(&role) {
        block.headers.remove("gun");
    }
    let text = encrypted_block(&key, &block.headers, passphrase)?;
    to.set(&key.id(), &text)
}

/// notary's `setFallbacks` (no fallback GUN with docker).
fn fallbacks(block: &mut Block, name: &str) {
    if block.headers.get("role").is_none_or(|r| r.is_empty()) {
        let role = if name.is_empty() { "delegation" } else { name };
        block.headers.insert("role".into(), role.into());
    }
}

/// notary's `handleLegacyPath`: a path header with directories names the key's file, and
/// `tuf_keys/<GUN>/` its GUN.
fn legacy_path(block: &mut Block) {
    let Some(raw) = block.headers.get("path").cloned() else {
        return;
    };
    let Some((dir, base)) = raw.rsplit_once('/') else {
        return;
    };
    if let Some(gun) = dir.strip_prefix("tuf_keys") {
        let gun = gun.trim_matches('/');
        if !gun.is_empty() {
            block.headers.insert("gun".into(), gun.into());
        }
    }
    block.headers.insert("path".into(), base.into());
}

/// notary's `checkValidity`: the file name the block goes to.
fn location(block: &mut Block) -> Result<String, String> {
    let invalid = || "invalid key pem block".to_string();
    let role = block.headers["role"].clone();
    if canonical(&role) {
        if block.headers.get("gun").is_none_or(|g| g.is_empty()) {
            let path = block.headers.get("path").cloned().unwrap_or_default();
            crate::compose::warn(&format!("failed to import key ({path}) to store: Cannot have canonical role key without a gun, don't know what gun it belongs to"));
            return Err(invalid());
        }
    } else {
        block.headers.remove("gun");
    }
    match block.headers.get("path").filter(|p| !p.is_empty()) {
        Some(p) => Ok(p.clone()),
        None => match parse(block, "") {
            Some(key) => Ok(key.id()),
            None => {
                crate::compose::warn("failed to import key to store: Invalid key generated, key may be encrypted and does not contain path header");
                Err(invalid())
            }
        },
    }
}

/// notary's `ImportKeys`: each block to its file, an unencrypted one encrypted first; blocks
/// for the same file in a row are written together.
fn import(bytes: &[u8], name: &str, ret: &mut Retriever, to: &mut Store) -> Result<(), String> {
    let mut write_to = String::new();
    let mut to_write: Option<String> = None;
    let mut refused = Vec::new();
    for mut block in pem::decode_all(bytes) {
        legacy_path(&mut block);
        fallbacks(&mut block, name);
        let loc = match location(&mut block) {
            Ok(loc) => loc,
            Err(e) => {
                refused.push(e);
                continue;
            }
        };
        block.headers.remove("path");
        let mut text = pem::encode(&block);
        if let Some(key) = parse(&block, "") {
            let role = block.headers["role"].clone();
            let mut chosen = None;
            for attempts in 0.. {
                match ret.get(&loc, &role, true, attempts) {
                    Ok(p) => {
                        chosen = Some(p);
                        break;
                    }
                    Err(e) if e.give_up || attempts > 10 => break,
                    Err(_) => {}
                }
            }
            let Some(pass) = chosen else {
                return Err("maximum number of passphrase attempts exceeded".into());
            };
            text = encrypted_block(&key, &block.headers, &pass)?;
        }
        if loc != write_to {
            if let Some(done) = to_write.take() {
                to.set(&write_to, &done)?;
            }
            write_to = loc;
        }
        to_write.get_or_insert_with(String::new).push_str(&text);
    }
    if let Some(done) = to_write {
        return to.set(&write_to, &done);
    }
    if !refused.is_empty() {
        return Err(format!("failed to import all keys: {}", refused.join(", ")));
    }
    Ok(())
}
