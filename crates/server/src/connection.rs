//! The bytes of one client connection, with hyper's own refusals put in the one error shape.
//!
//! hyper answers a request it cannot parse before any handler sees it: `431` when the head
//! holds more headers than allowed or does not fit its buffer, `414` when the URI is longer
//! than it takes. Those answers have no body, and a client that branches on `code` learns
//! nothing. hyper offers no hook for them, so the connection watches what hyper writes: a
//! `414` or `431` head with an empty body can only be one of those (the API's own answers with
//! these statuses carry a JSON body), and it goes out with the `{code, message}` body instead.

use std::io::IoSlice;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use skyfolio_protocol::{ErrorBody, ErrorCode};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// A connection whose bodiless 414 and 431 answers are given their body.
pub struct Connection<S> {
    inner: S,
    /// An answer being written in place of the one hyper handed over (already reported as
    /// written to it).
    pending: Vec<u8>,
    written: usize,
}

impl<S> Connection<S> {
    pub fn new(inner: S) -> Connection<S> {
        Connection {
            inner,
            pending: Vec::new(),
            written: 0,
        }
    }
}

/// The answer to send instead of `head`, when `head` is one of hyper's bodiless refusals.
fn rewrite(head: &[u8]) -> Option<Vec<u8>> {
    let (code, message) =
        if head.starts_with(b"HTTP/1.1 431 ") || head.starts_with(b"HTTP/1.0 431 ") {
            (
                ErrorCode::HeadersTooLarge,
                "the request's headers are too large or too many",
            )
        } else if head.starts_with(b"HTTP/1.1 414 ") || head.starts_with(b"HTTP/1.0 414 ") {
            (ErrorCode::UriTooLong, "the request's URI is too long")
        } else {
            return None;
        };
    let text = std::str::from_utf8(head).ok()?;
    let head = text.strip_suffix("\r\n\r\n")?;
    let mut lines = head.split("\r\n");
    let status = lines.next()?;
    let mut headers: Vec<&str> = Vec::new();
    let mut empty = false;
    for line in lines {
        let (name, value) = line.split_once(':')?;
        if name.eq_ignore_ascii_case("content-length") {
            empty |= value.trim() == "0";
        } else if !name.eq_ignore_ascii_case("content-type") {
            headers.push(line);
        }
    }
    if !empty {
        return None;
    }
    let body = serde_json::to_vec(&ErrorBody {
        code,
        message: message.to_owned(),
        needed: None,
    })
    .ok()?;
    let mut answer = format!(
        "{status}\r\ncontent-type: application/json\r\ncache-control: no-store\r\n\
         content-length: {}\r\n",
        body.len()
    );
    for line in headers {
        answer.push_str(line);
        answer.push_str("\r\n");
    }
    answer.push_str("\r\n");
    let mut answer = answer.into_bytes();
    answer.extend_from_slice(&body);
    Some(answer)
}

impl<S: AsyncWrite + Unpin> Connection<S> {
    /// Writes out what is pending; ready once nothing is.
    fn poll_pending(&mut self, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        while self.written < self.pending.len() {
            let n =
                ready!(Pin::new(&mut self.inner).poll_write(cx, &self.pending[self.written..]))?;
            if n == 0 {
                return Poll::Ready(Err(std::io::ErrorKind::WriteZero.into()));
            }
            self.written += n;
        }
        self.pending.clear();
        self.written = 0;
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Connection<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Connection<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        ready!(self.poll_pending(cx))?;
        if let Some(answer) = rewrite(buf) {
            self.pending = answer;
            // The refusal counts as written; its replacement goes out from here on.
            let _ = self.poll_pending(cx)?;
            return Poll::Ready(Ok(buf.len()));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        ready!(self.poll_pending(cx))?;
        if let Some(first) = bufs.iter().find(|b| !b.is_empty())
            && let Some(answer) = rewrite(first)
        {
            self.pending = answer;
            let _ = self.poll_pending(cx)?;
            return Poll::Ready(Ok(first.len()));
        }
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        ready!(self.poll_pending(cx))?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        ready!(self.poll_pending(cx))?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_bodiless_refusals_are_rewritten() {
        let head = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\n\
                     date: Tue, 14 Nov 2023 22:13:20 GMT\r\n\r\n";
        let answer = String::from_utf8(rewrite(head).expect("rewritten")).expect("text");
        let (head, body) = answer.split_once("\r\n\r\n").expect("a head and a body");
        assert!(head.starts_with("HTTP/1.1 431 "), "{head}");
        assert!(head.contains("content-type: application/json"), "{head}");
        assert!(
            head.contains(&format!("content-length: {}", body.len())),
            "{head}"
        );
        assert!(head.contains("date: Tue"), "{head}");
        let body: ErrorBody = serde_json::from_str(body).expect("the error shape");
        assert_eq!(body.code, ErrorCode::HeadersTooLarge);

        let head = b"HTTP/1.1 414 URI Too Long\r\ncontent-length: 0\r\n\r\n";
        let answer = String::from_utf8(rewrite(head).expect("rewritten")).expect("text");
        assert!(
            answer
                .ends_with(r#"{"code":"uri-too-long","message":"the request's URI is too long"}"#)
        );

        // The API's own answers keep theirs; other statuses are not touched.
        let own = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 80\r\n\r\n";
        assert!(rewrite(own).is_none());
        assert!(rewrite(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n").is_none());
        assert!(rewrite(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n").is_none());
        assert!(rewrite(b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-le").is_none());
    }
}
