//! A streamed response body read a piece at a time, whoever read its head: hyper (`Incoming`)
//! or the hand-spoken HTTP of [`super::wire`] (an upload sent with `sendfile(2)`).

use std::future::Future;

use anyhow::Result;
use bytes::Bytes;
use http_body_util::BodyExt;

use super::wire;

/// The body of a response, a piece at a time.
pub trait Chunks {
    /// The next piece (possibly empty); `None` at the end. A broken body is "unexpected EOF".
    fn next_chunk(&mut self) -> impl Future<Output = Result<Option<Bytes>>>;
}

impl Chunks for hyper::body::Incoming {
    async fn next_chunk(&mut self) -> Result<Option<Bytes>> {
        loop {
            match self.frame().await {
                None => return Ok(None),
                Some(Err(e)) => anyhow::bail!("unexpected EOF: {e}"),
                Some(Ok(frame)) => {
                    if let Ok(data) = frame.into_data() {
                        return Ok(Some(data));
                    }
                }
            }
        }
    }
}

impl Chunks for wire::Body {
    async fn next_chunk(&mut self) -> Result<Option<Bytes>> {
        let mut got = Vec::new();
        let more = self
            .read(&mut |d| {
                got.extend_from_slice(d);
                Ok(())
            })
            .await
            .map_err(|e| anyhow::anyhow!("unexpected EOF: {e}"))?;
        Ok((more || !got.is_empty()).then(|| Bytes::from(got)))
    }
}

/// An upload's answer: hyper's body, or the hand-spoken one of a file sent with `sendfile(2)`.
pub enum Answer {
    Hyper(hyper::body::Incoming),
    Wire(Box<wire::Body>),
}

impl Chunks for Answer {
    async fn next_chunk(&mut self) -> Result<Option<Bytes>> {
        match self {
            Answer::Hyper(b) => b.next_chunk().await,
            Answer::Wire(b) => b.next_chunk().await,
        }
    }
}
