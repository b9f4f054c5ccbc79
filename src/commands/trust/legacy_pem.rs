//! PEM blocks encrypted the legacy OpenSSL way (`Proc-Type: 4,ENCRYPTED` and
//! `DEK-Info: CIPHER,IV`), decrypted as Go's `x509.DecryptPEMBlock` does: the key from the
//! passphrase by `EVP_BytesToKey` (MD5, one round, the IV's first 8 bytes as salt), CBC, and
//! the PKCS#7 padding checked (a wrong passphrase shows there, or in the key that follows).

use aes::cipher::generic_array::GenericArray;
use aes::cipher::{BlockDecrypt, KeyInit};
use md5::{Digest, Md5};

use super::pem::Block;

/// `EVP_BytesToKey` with MD5 and one round.
fn derive(passphrase: &[u8], salt: &[u8], size: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(size + 16);
    let mut digest: Vec<u8> = Vec::new();
    while out.len() < size {
        let mut h = Md5::new();
        h.update(&digest);
        h.update(passphrase);
        h.update(salt);
        digest = h.finalize().to_vec();
        out.extend_from_slice(&digest);
    }
    out.truncate(size);
    out
}

/// CBC decryption in place with the block cipher `C`.
fn cbc<C: BlockDecrypt + KeyInit>(key: &[u8], iv: &[u8], data: &mut [u8]) -> Option<()> {
    let c = C::new_from_slice(key).ok()?;
    let mut prev = iv.to_vec();
    for chunk in data.chunks_mut(iv.len()) {
        let saved = chunk.to_vec();
        c.decrypt_block(GenericArray::from_mut_slice(chunk));
        for (b, p) in chunk.iter_mut().zip(&prev) {
            *b ^= p;
        }
        prev = saved;
    }
    Some(())
}

fn hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// The block's decrypted DER, `None` when it cannot be decrypted with `passphrase`.
pub fn decrypt(block: &Block, passphrase: &str) -> Option<Vec<u8>> {
    let (mode, iv) = block.headers.get("DEK-Info")?.split_once(',')?;
    let (key_size, block_size) = match mode {
        "DES-CBC" => (8, 8),
        "DES-EDE3-CBC" => (24, 8),
        "AES-128-CBC" => (16, 16),
        "AES-192-CBC" => (24, 16),
        "AES-256-CBC" => (32, 16),
        _ => return None,
    };
    let iv = hex(iv)?;
    if iv.len() != block_size
        || block.bytes.is_empty()
        || !block.bytes.len().is_multiple_of(block_size)
    {
        return None;
    }
    let key = derive(passphrase.as_bytes(), &iv[..8], key_size);
    let mut data = block.bytes.clone();
    match mode {
        "DES-CBC" => cbc::<des::Des>(&key, &iv, &mut data)?,
        "DES-EDE3-CBC" => cbc::<des::TdesEde3>(&key, &iv, &mut data)?,
        "AES-128-CBC" => cbc::<aes::Aes128>(&key, &iv, &mut data)?,
        "AES-192-CBC" => cbc::<aes::Aes192>(&key, &iv, &mut data)?,
        _ => cbc::<aes::Aes256>(&key, &iv, &mut data)?,
    }
    let last = *data.last()? as usize;
    if last == 0
        || last > block_size
        || data[data.len() - last..]
            .iter()
            .any(|b| *b as usize != last)
    {
        return None;
    }
    data.truncate(data.len() - last);
    Some(data)
}
