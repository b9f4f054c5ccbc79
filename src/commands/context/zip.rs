//! The zip archives `context import` accepts besides tar (docker's `importZip`, Go's
//! `archive/zip`): the central directory read from the end, each regular file's data stored or
//! deflated, its CRC-32 checked; Go's messages for what is not a zip or cannot be read.

use std::io::Read;

use anyhow::Result;

use crate::error::CliError;

/// `http.DetectContentType` says `application/zip` exactly for this start.
pub fn is_zip(data: &[u8]) -> bool {
    data.starts_with(b"PK\x03\x04")
}

fn fail(m: &str) -> anyhow::Error {
    CliError::message(m, 1)
}

fn not_zip() -> anyhow::Error {
    fail("zip: not a valid zip file")
}

fn u16_at(d: &[u8], i: usize) -> Result<usize> {
    d.get(i..i + 2)
        .map(|b| u16::from_le_bytes([b[0], b[1]]) as usize)
        .ok_or_else(not_zip)
}

fn u32_at(d: &[u8], i: usize) -> Result<usize> {
    d.get(i..i + 4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
        .ok_or_else(not_zip)
}

/// One entry of the central directory.
pub struct File {
    pub name: String,
    method: usize,
    crc: u32,
    compressed: usize,
    size: usize,
    offset: usize,
    creator: usize,
    external: usize,
}

impl File {
    /// Go's `FileInfo().Mode().IsRegular()`: Unix mode bits when a Unix host made it, else
    /// MS-DOS attributes; a name ending in `/` is a directory.
    pub fn is_regular(&self) -> bool {
        let host = self.creator >> 8;
        if host == 3 || host == 19 {
            let mode = self.external >> 16;
            if mode & 0o170000 != 0 {
                return mode & 0o170000 == 0o100000 && !self.name.ends_with('/');
            }
        } else if self.external & 0x10 != 0 {
            return false;
        }
        !self.name.ends_with('/')
    }
}

/// The central directory (`zip.NewReader`).
pub fn entries(d: &[u8]) -> Result<Vec<File>> {
    // The end record: the last signature within the comment's reach.
    let floor = d.len().saturating_sub(22 + 65535);
    let end = (floor..=d.len().saturating_sub(22))
        .rev()
        .find(|&i| d[i..].starts_with(b"PK\x05\x06"))
        .ok_or_else(not_zip)?;
    let count = u16_at(d, end + 10)?;
    let mut at = u32_at(d, end + 16)?;
    let mut files = Vec::new();
    for _ in 0..count {
        if d.get(at..at + 4) != Some(b"PK\x01\x02") {
            return Err(not_zip());
        }
        let name_len = u16_at(d, at + 28)?;
        let extra_len = u16_at(d, at + 30)?;
        let comment_len = u16_at(d, at + 32)?;
        let name = d.get(at + 46..at + 46 + name_len).ok_or_else(not_zip)?;
        files.push(File {
            name: String::from_utf8_lossy(name).into_owned(),
            creator: u16_at(d, at + 4)?,
            method: u16_at(d, at + 10)?,
            crc: u32_at(d, at + 16)? as u32,
            compressed: u32_at(d, at + 20)?,
            size: u32_at(d, at + 24)?,
            external: u32_at(d, at + 38)?,
            offset: u32_at(d, at + 42)?,
        });
        at += 46 + name_len + extra_len + comment_len;
    }
    Ok(files)
}

/// A file's bytes (`File.Open` and reading it to the end), at most `limit` of them.
pub fn read(d: &[u8], f: &File, limit: u64) -> Result<Vec<u8>> {
    if d.get(f.offset..f.offset + 4) != Some(b"PK\x03\x04") {
        return Err(not_zip());
    }
    let start = f.offset + 30 + u16_at(d, f.offset + 26)? + u16_at(d, f.offset + 28)?;
    let raw = d
        .get(start..start + f.compressed)
        .ok_or_else(|| fail("unexpected EOF"))?;
    let mut out = Vec::new();
    match f.method {
        0 => out.extend_from_slice(raw),
        8 => {
            flate2::read::DeflateDecoder::new(raw)
                .take(limit + 1)
                .read_to_end(&mut out)
                .map_err(|_| fail("flate: corrupt input before offset 0"))?;
        }
        _ => return Err(fail("zip: unsupported compression algorithm")),
    }
    if out.len() as u64 > limit {
        return Err(fail("read exceeds the defined limit"));
    }
    let mut crc = flate2::Crc::new();
    crc.update(&out);
    if out.len() != f.size || crc.sum() != f.crc {
        return Err(fail("zip: checksum error"));
    }
    Ok(out)
}
