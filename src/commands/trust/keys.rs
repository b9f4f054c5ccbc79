//! Notary's signing keys as docker writes them: an ECDSA P-256 key, its ID (the SHA-256 of the
//! TUF canonical JSON of the public key), the private key as PKCS#8 encrypted with PBES2
//! (PBKDF2-HMAC-SHA1, 2048 rounds, AES-256-CBC) in a PEM block with a `role` header, and the
//! public key as a `PUBLIC KEY` PEM block with the same header.

use std::io::Read;

use aes::cipher::{BlockEncrypt, KeyInit};
use anyhow::Result;
use base64::Engine as _;
use sha2::Digest;

/// 1.2.840.10045.2.1 (id-ecPublicKey) and 1.2.840.10045.3.1.7 (prime256v1).
const OID_EC_PUBLIC_KEY: &[u8] = &[0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const OID_P256: &[u8] = &[0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
/// 1.2.840.113549.1.5.13 (PBES2), 1.2.840.113549.1.5.12 (PBKDF2), 2.16.840.1.101.3.4.1.42
/// (AES-256-CBC).
const OID_PBES2: &[u8] = &[
    0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d,
];
const OID_PBKDF2: &[u8] = &[
    0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0c,
];
const OID_AES256_CBC: &[u8] = &[
    0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x2a,
];
const ROUNDS: u32 = 2048;

/// A DER element: tag, definite length, content.
fn der(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let n = content.len();
    if n < 0x80 {
        out.push(n as u8);
    } else {
        let bytes: Vec<u8> = n
            .to_be_bytes()
            .into_iter()
            .skip_while(|b| *b == 0)
            .collect();
        out.push(0x80 | bytes.len() as u8);
        out.extend(bytes);
    }
    out.extend_from_slice(content);
    out
}

fn seq(parts: &[&[u8]]) -> Vec<u8> {
    der(0x30, &parts.concat())
}

fn int(n: u32) -> Vec<u8> {
    let mut bytes: Vec<u8> = n
        .to_be_bytes()
        .into_iter()
        .skip_while(|b| *b == 0)
        .collect();
    if bytes.first().is_none_or(|b| b & 0x80 != 0) {
        bytes.insert(0, 0);
    }
    der(0x02, &bytes)
}

fn random(n: usize) -> Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut buf)?;
    Ok(buf)
}

pub struct Key {
    secret: p256::SecretKey,
}

impl Key {
    pub fn generate() -> Result<Key> {
        loop {
            if let Ok(secret) = p256::SecretKey::from_slice(&random(32)?) {
                return Ok(Key { secret });
            }
        }
    }

    fn point(&self) -> Vec<u8> {
        use p256::elliptic_curve::sec1::ToEncodedPoint;
        self.secret
            .public_key()
            .to_encoded_point(false)
            .as_bytes()
            .to_vec()
    }

    /// `x509.MarshalPKIXPublicKey`.
    pub fn public_der(&self) -> Vec<u8> {
        let bits = [&[0u8][..], &self.point()].concat();
        seq(&[&seq(&[OID_EC_PUBLIC_KEY, OID_P256]), &der(0x03, &bits)])
    }

    /// The TUF key ID: SHA-256 of `{"keytype":"ecdsa","keyval":{"private":null,"public":...}}`.
    pub fn id(&self) -> String {
        let public = base64::engine::general_purpose::STANDARD.encode(self.public_der());
        let canonical =
            format!(r#"{{"keytype":"ecdsa","keyval":{{"private":null,"public":"{public}"}}}}"#);
        sha2::Sha256::digest(canonical.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// `x509.MarshalECPrivateKey` wrapped in notary's PKCS#8 `privateKeyInfo` (version 1).
    fn pkcs8(&self) -> Vec<u8> {
        let bits = [&[0u8][..], &self.point()].concat();
        let sec1 = seq(&[
            &int(1),
            &der(0x04, &self.secret.to_bytes()),
            &der(0xa0, OID_P256),
            &der(0xa1, &der(0x03, &bits)),
        ]);
        seq(&[
            &int(1),
            &seq(&[OID_EC_PUBLIC_KEY, OID_P256]),
            &der(0x04, &sec1),
        ])
    }

    /// notary's `convertTUFKeyToPKCS8Encrypted`.
    pub fn encrypted_pkcs8(&self, passphrase: &str) -> Result<Vec<u8>> {
        let (salt, iv) = (random(8)?, random(16)?);
        let mut key = [0u8; 32];
        pbkdf2::pbkdf2_hmac::<sha1::Sha1>(passphrase.as_bytes(), &salt, ROUNDS, &mut key);
        let mut data = self.pkcs8();
        let pad = 16 - data.len() % 16;
        data.extend(std::iter::repeat_n(pad as u8, pad));
        let cipher = aes::Aes256::new(&key.into());
        let mut prev: [u8; 16] = iv.clone().try_into().expect("16 bytes");
        for block in data.chunks_mut(16) {
            for (b, p) in block.iter_mut().zip(prev.iter()) {
                *b ^= p;
            }
            let mut b = aes::Block::clone_from_slice(block);
            cipher.encrypt_block(&mut b);
            block.copy_from_slice(&b);
            prev.copy_from_slice(block);
        }
        let kdf = seq(&[OID_PBKDF2, &seq(&[&der(0x04, &salt), &int(ROUNDS)])]);
        let enc = seq(&[OID_AES256_CBC, &der(0x04, &iv)]);
        Ok(seq(&[
            &seq(&[OID_PBES2, &seq(&[&kdf, &enc])]),
            &der(0x04, &data),
        ]))
    }
}

/// Go's `pem.EncodeToMemory` with one `role` header: base64 in lines of 64.
pub fn pem(kind: &str, role: &str, body: &[u8]) -> String {
    let text = base64::engine::general_purpose::STANDARD.encode(body);
    let mut out = format!("-----BEGIN {kind}-----\nrole: {role}\n\n");
    for chunk in text.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out.push_str(&format!("-----END {kind}-----\n"));
    out
}
