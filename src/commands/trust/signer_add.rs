//! `trust signer add --key FILE NAME REPOSITORY...`: docker's `addSigner`: the signer's name
//! and public keys checked, then for each repository the trust server asked for its trust data;
//! a repository that fails is named at the end, as docker names it.

use std::io::Read;

use anyhow::Result;

use super::der;
use super::key_generate::{invalid_name, valid_name};
use super::keys::Key;
use super::passphrase::Retriever;
use super::pem;
use super::repo::{contacting, image_ref, open, Reached};
use crate::cli::trust::SignerAddArgs;
use crate::commands::Ctx;
use crate::engine::notary::Refusal;
use crate::error::CliError;
use crate::opts::oserror::describe;

/// docker reads at most 1 MiB of a public key file.
const LIMIT: u64 = 1 << 20;

/// 1.2.840.10045.2.1 (id-ecPublicKey) and 1.2.840.113549.1.1.1 (rsaEncryption).
const OID_EC: &[u8] = &[0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const OID_RSA: &[u8] = &[
    0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01,
];

/// notary's `ParsePEMPublicKey`, as far as telling a usable key from what docker refuses.
fn parse_public(bytes: &[u8]) -> Result<(), String> {
    let Some((block, _)) = pem::decode(bytes) else {
        return Err("no valid public key found".into());
    };
    match block.kind.as_str() {
        "CERTIFICATE" => der::sequence(&block.bytes).map(|_| ()).ok_or_else(|| {
            "could not parse provided certificate: x509: malformed certificate".into()
        }),
        "PUBLIC KEY" => {
            let oid = der::sequence(&block.bytes)
                .and_then(|parts| der::items(parts.first()?.content))
                .and_then(|alg| alg.first().map(|e| e.raw.to_vec()))
                .ok_or("unable to parse pem encoded public key: x509: malformed public key")?;
            if oid == OID_EC || oid == OID_RSA {
                Ok(())
            } else {
                Err("unknown public key format".into())
            }
        }
        other => Err(format!(
            "unsupported PEM block type \"{other}\", expected CERTIFICATE or PUBLIC KEY"
        )),
    }
}

/// docker's `ingestPublicKeys`.
fn ingest(paths: &[String]) -> Result<(), String> {
    for path in paths {
        let unreadable = |what: &str, e: std::io::Error| {
            format!(
                "unable to read public key from file: {what} {path}: {}",
                describe(&e)
            )
        };
        let file = std::fs::File::open(path).map_err(|e| unreadable("open", e))?;
        let mut bytes = Vec::new();
        file.take(LIMIT)
            .read_to_end(&mut bytes)
            .map_err(|e| unreadable("read", e))?;
        parse_public(&bytes)
            .map_err(|e| format!("could not parse public key from file: {path}: {e}"))?;
    }
    Ok(())
}

/// docker's `getOrGenerateRootKeyAndInitRepo` as far as hvdock goes: a new root key and its
/// passphrase asked for (docker's error when none comes); with one, the repository would be
/// initialized on the server, which needs a Notary (TUF) client hvdock does not have.
fn initialize(repo: &str) -> Result<String> {
    println!("Initializing signed repository for {repo}...");
    let key = Key::generate()?;
    Ok(match Retriever::default().for_new_key(&key.id(), "root") {
        None => "maximum number of passphrase attempts exceeded".to_string(),
        Some(_) => {
            "hvdock cannot initialize a signed repository: it has no Notary (TUF) client".into()
        }
    })
}

pub async fn run(ctx: &Ctx, a: SignerAddArgs) -> Result<()> {
    let fail = |m: String| CliError::message(m, 1);
    if !valid_name(&a.name) {
        return Err(invalid_name("signer", &a.name));
    }
    if a.name == "releases" {
        return Err(fail(
            "releases is a reserved keyword, use a different signer name".into(),
        ));
    }
    if a.key.is_empty() {
        return Err(fail(
            "path to a public key must be provided using the `--key` flag".into(),
        ));
    }
    ingest(&a.key).map_err(fail)?;
    let mut failed = Vec::new();
    for repo in &a.repos {
        println!("Adding signer \"{}\" to {repo}...", a.name);
        let err = match image_ref(repo) {
            Err(e) => e,
            Ok(r) => match open(ctx, &r).await {
                Err(e) => e,
                Ok(Reached::Unreachable(cause)) => contacting(&cause),
                Ok(Reached::Refused(Refusal::NotExist(_))) => initialize(repo)?,
                Ok(other) => other.text(),
            },
        };
        eprintln!("{err}\n");
        failed.push(repo.as_str());
    }
    Err(fail(format!(
        "failed to add signer to: {}",
        failed.join(", ")
    )))
}
