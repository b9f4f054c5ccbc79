//! Notary's signing keys as docker reads and writes them: ECDSA (P-256 made here; the named
//! curves Go knows read), RSA and notary's ED25519 keys; a key's ID (the SHA-256 of the TUF
//! canonical JSON of its public key); PKCS#8 as notary writes it, plain or encrypted with PBES2
//! (PBKDF2-HMAC-SHA1, 2048 rounds, AES-256-CBC), and read back.

use std::io::Read;

use aes::cipher::{BlockDecrypt, BlockEncrypt, KeyInit};
use anyhow::Result;
use base64::Engine as _;
use sha2::Digest;

use super::der::{self, der, int, seq, Element};

/// 1.2.840.10045.2.1 (id-ecPublicKey), 1.2.840.113549.1.1.1 (rsaEncryption) and notary's
/// 1.3.6.1.4.1.11591.15.1 (ED25519).
const OID_EC_PUBLIC_KEY: &[u8] = &[0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const OID_RSA: &[u8] = &[
    0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01,
];
const OID_ED25519: &[u8] = &[
    0x06, 0x09, 0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x0f, 0x01,
];
const NULL: &[u8] = &[0x05, 0x00];
/// The named curves of Go's `crypto/x509` with their private key sizes: P-224, P-256, P-384,
/// P-521.
const OID_P256: &[u8] = &[0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
const CURVES: &[(&[u8], usize)] = &[
    (&[0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x21], 28),
    (OID_P256, 32),
    (&[0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22], 48),
    (&[0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x23], 66),
];
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
/// More PBKDF2 rounds than any real key file asks for: refused rather than computed for ever.
const MAX_ROUNDS: u64 = 10_000_000;

fn random(n: usize) -> Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut buf)?;
    Ok(buf)
}

pub enum Key {
    /// An ECDSA key: its curve's OID, the scalar padded to the curve's size, the public point.
    Ec {
        curve: &'static [u8],
        scalar: Vec<u8>,
        point: Vec<u8>,
    },
    /// An RSA key: PKCS#1 private key and its PKIX public key.
    Rsa { pkcs1: Vec<u8>, public: Vec<u8> },
    /// notary's ED25519 key: the public half (32 bytes) followed by the private (64 bytes).
    Ed25519(Vec<u8>),
}

fn p256_key(secret: p256::SecretKey) -> Key {
    use p256::elliptic_curve::sec1::ToEncodedPoint;
    let point = secret.public_key().to_encoded_point(false);
    Key::Ec {
        curve: OID_P256,
        scalar: secret.to_bytes().to_vec(),
        point: point.as_bytes().to_vec(),
    }
}

impl Key {
    pub fn generate() -> Result<Key> {
        loop {
            if let Ok(secret) = p256::SecretKey::from_slice(&random(32)?) {
                return Ok(p256_key(secret));
            }
        }
    }

    fn keytype(&self) -> &'static str {
        match self {
            Key::Ec { .. } => "ecdsa",
            Key::Rsa { .. } => "rsa",
            Key::Ed25519(_) => "ed25519",
        }
    }

    /// The public key as TUF holds it: `x509.MarshalPKIXPublicKey` (the raw 32 bytes for
    /// ED25519).
    pub fn public_der(&self) -> Vec<u8> {
        match self {
            Key::Ec { curve, point, .. } => {
                let bits = [&[0u8][..], point].concat();
                seq(&[
                    &seq(&[OID_EC_PUBLIC_KEY, curve]),
                    &der(der::BIT_STRING, &bits),
                ])
            }
            Key::Rsa { public, .. } => public.clone(),
            Key::Ed25519(bytes) => bytes[..32].to_vec(),
        }
    }

    /// The TUF key ID: SHA-256 of `{"keytype":...,"keyval":{"private":null,"public":...}}`.
    pub fn id(&self) -> String {
        let public = base64::engine::general_purpose::STANDARD.encode(self.public_der());
        let canonical = format!(
            r#"{{"keytype":"{}","keyval":{{"private":null,"public":"{public}"}}}}"#,
            self.keytype()
        );
        sha2::Sha256::digest(canonical.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// notary's `convertTUFKeyToPKCS8`: its `privateKeyInfo` around `x509.MarshalECPrivateKey`,
    /// the PKCS#1 key, or the ED25519 bytes.
    fn pkcs8(&self) -> Vec<u8> {
        match self {
            Key::Ec {
                curve,
                scalar,
                point,
            } => {
                let bits = [&[0u8][..], point].concat();
                let sec1 = seq(&[
                    &int(1),
                    &der(der::OCTET_STRING, scalar),
                    &der(0xa0, curve),
                    &der(0xa1, &der(der::BIT_STRING, &bits)),
                ]);
                seq(&[
                    &int(1),
                    &seq(&[OID_EC_PUBLIC_KEY, curve]),
                    &der(der::OCTET_STRING, &sec1),
                ])
            }
            Key::Rsa { pkcs1, .. } => {
                seq(&[&int(0), &seq(&[OID_RSA]), &der(der::OCTET_STRING, pkcs1)])
            }
            Key::Ed25519(bytes) => seq(&[
                &int(0),
                &seq(&[OID_ED25519]),
                &der(der::OCTET_STRING, bytes),
            ]),
        }
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
        let kdf = seq(&[
            OID_PBKDF2,
            &seq(&[&der(der::OCTET_STRING, &salt), &int(ROUNDS)]),
        ]);
        let enc = seq(&[OID_AES256_CBC, &der(der::OCTET_STRING, &iv)]);
        Ok(seq(&[
            &seq(&[OID_PBES2, &seq(&[&kdf, &enc])]),
            &der(der::OCTET_STRING, &data),
        ]))
    }
}

/// `x509.ParseECPrivateKey` (SEC 1), the curve given by the PKCS#8 wrapper or else by the key.
/// A P-256 point is computed from the scalar, as Go does; other curves take the point the key
/// carries.
pub fn parse_sec1(data: &[u8], curve: Option<&[u8]>) -> Option<Key> {
    let parts = der::sequence(data)?;
    if der::small_int(parts.first()?)? != 1 || parts.get(1)?.tag != der::OCTET_STRING {
        return None;
    }
    let tagged = |tag: u8| -> Option<Element> {
        let e = parts[2..].iter().find(|e| e.tag == tag)?;
        der::read(e.content).map(|(inner, _)| inner)
    };
    let curve = match curve {
        Some(c) => c,
        None => tagged(0xa0).filter(|e| e.tag == der::OID)?.raw,
    };
    let &(oid, size) = CURVES.iter().find(|(oid, _)| *oid == curve)?;
    let mut scalar = parts[1].content;
    while scalar.len() > size {
        if scalar[0] != 0 {
            return None;
        }
        scalar = &scalar[1..];
    }
    let padded = [vec![0u8; size - scalar.len()], scalar.to_vec()].concat();
    if oid == OID_P256 {
        return p256::SecretKey::from_slice(&padded).ok().map(p256_key);
    }
    let bits = tagged(0xa1).filter(|e| e.tag == der::BIT_STRING)?;
    let point = bits.content.strip_prefix(&[0u8])?;
    (point.first() == Some(&4) && point.len() == 1 + 2 * size).then(|| Key::Ec {
        curve: oid,
        scalar: padded,
        point: point.to_vec(),
    })
}

/// `x509.ParsePKCS1PrivateKey`, the key kept as it is encoded.
pub fn parse_pkcs1(data: &[u8]) -> Option<Key> {
    let (whole, _) = der::read(data)?;
    let parts = der::sequence(data)?;
    if parts.len() < 9 || parts.iter().any(|p| p.tag != der::INTEGER) {
        return None;
    }
    let (n, e) = (parts[1], parts[2]);
    if n.content.first().is_none_or(|b| b & 0x80 != 0) || e.content.is_empty() {
        return None;
    }
    let rsa_public = seq(&[n.raw, e.raw]);
    let bits = [&[0u8][..], &rsa_public].concat();
    let public = seq(&[&seq(&[OID_RSA, NULL]), &der(der::BIT_STRING, &bits)]);
    Some(Key::Rsa {
        pkcs1: whole.raw.to_vec(),
        public,
    })
}

/// notary's `parsePKCS8ToTufKey` on an unencrypted PKCS#8 key.
pub fn parse_pkcs8(data: &[u8]) -> Option<Key> {
    let parts = der::sequence(data)?;
    let (version, alg, key) = (parts.first()?, parts.get(1)?, parts.get(2)?);
    if version.tag != der::INTEGER || alg.tag != der::SEQUENCE || key.tag != der::OCTET_STRING {
        return None;
    }
    let alg = der::items(alg.content)?;
    let oid = alg.first().filter(|e| e.tag == der::OID)?.raw;
    if oid == OID_ED25519 {
        return (key.content.len() == 96).then(|| Key::Ed25519(key.content.to_vec()));
    }
    if oid == OID_RSA {
        return parse_pkcs1(key.content);
    }
    if oid == OID_EC_PUBLIC_KEY {
        let curve = alg.get(1).filter(|e| e.tag == der::OID)?.raw;
        return parse_sec1(key.content, Some(curve));
    }
    None
}

/// notary's `ParsePKCS8ToTufKey` with a password: PBES2 with PBKDF2 (HMAC-SHA1, whatever PRF
/// the file names) and AES-256-CBC. `None` for a wrong password or a file of another kind.
pub fn decrypt_pkcs8(data: &[u8], passphrase: &str) -> Option<Key> {
    let parts = der::sequence(data)?;
    let (alg, encrypted) = (parts.first()?, parts.get(1)?);
    let alg = der::items(alg.content)?;
    if alg.first()?.raw != OID_PBES2 {
        return None;
    }
    let params = der::items(alg.get(1)?.content)?;
    let kdf = der::items(params.first()?.content)?;
    let enc = der::items(params.get(1)?.content)?;
    if kdf.first()?.raw != OID_PBKDF2 || enc.first()?.raw != OID_AES256_CBC {
        return None;
    }
    let kdf_params = der::items(kdf.get(1)?.content)?;
    let salt = kdf_params.first()?.content;
    let rounds = der::small_int(kdf_params.get(1)?)?;
    let iv = enc.get(1)?.content;
    let data = encrypted.content;
    if rounds == 0
        || rounds > MAX_ROUNDS
        || iv.len() != 16
        || data.is_empty()
        || data.len() % 16 != 0
    {
        return None;
    }
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha1::Sha1>(passphrase.as_bytes(), salt, rounds as u32, &mut key);
    let cipher = aes::Aes256::new(&key.into());
    let mut plain = Vec::with_capacity(data.len());
    let mut prev = iv;
    for block in data.chunks(16) {
        let mut b = aes::Block::clone_from_slice(block);
        cipher.decrypt_block(&mut b);
        plain.extend(b.iter().zip(prev).map(|(x, p)| x ^ p));
        prev = block;
    }
    parse_pkcs8(&plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encrypted_pkcs8_decrypts_with_its_passphrase_only() {
        let key = Key::generate().unwrap();
        let enc = key.encrypted_pkcs8("secret123").unwrap();
        assert_eq!(decrypt_pkcs8(&enc, "secret123").unwrap().id(), key.id());
        assert!(decrypt_pkcs8(&enc, "secret124").is_none());
        assert!(parse_pkcs8(&enc).is_none());
        assert_eq!(parse_pkcs8(&key.pkcs8()).unwrap().id(), key.id());
    }
}
