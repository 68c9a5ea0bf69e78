//! A fault-injecting HTTP proxy on 127.0.0.1 in front of a real server: it passes requests
//! through, or, for requests whose path contains a given text, drops the connection part way
//! through the body, answers with a chosen status, or never answers. One request per
//! connection (the proxy asks the server to close), which keeps the relaying simple.

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

#[derive(Debug, Clone, PartialEq)]
pub enum Fault {
    Pass,
    /// Close the connection after this many body bytes.
    DropAfter(&'static str, usize),
    /// Answer with this status and body.
    Status(&'static str, u16, &'static str),
    /// Read the request and never answer.
    Stall(&'static str),
}

pub struct Proxy {
    pub addr: SocketAddr,
    pub fault: Arc<Mutex<Fault>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Proxy {
    pub fn start(upstream: SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        let addr = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
        listener
            .set_nonblocking(true)
            .unwrap_or_else(|e| panic!("{e}"));
        let fault = Arc::new(Mutex::new(Fault::Pass));
        let stop = Arc::new(AtomicBool::new(false));
        let (f, s) = (Arc::clone(&fault), Arc::clone(&stop));
        let thread = std::thread::spawn(move || {
            while !s.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((client, _)) => {
                        let fault = f.lock().map(|g| g.clone()).unwrap_or(Fault::Pass);
                        let stop = Arc::clone(&s);
                        std::thread::spawn(move || relay(client, upstream, &fault, &stop));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Proxy {
            addr,
            fault,
            stop,
            thread: Some(thread),
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn set(&self, fault: Fault) {
        if let Ok(mut f) = self.fault.lock() {
            *f = fault;
        }
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn relay(mut client: TcpStream, upstream: SocketAddr, fault: &Fault, stop: &AtomicBool) {
    let _ = client.set_read_timeout(Some(Duration::from_secs(30)));
    let mut head = Vec::new();
    let mut buf = [0u8; 64 << 10];
    let end = loop {
        match client.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
        if let Some(i) = find(&head, b"\r\n\r\n") {
            break i + 4;
        }
    };
    let text = String::from_utf8_lossy(&head[..end]).into_owned();
    let path = text
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .to_owned();
    let length: usize = text
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse().ok())?
        })
        .unwrap_or(0);
    let mut body = head.split_off(end);
    let matches = |p: &str| path.contains(p);
    match fault {
        Fault::DropAfter(p, after) if matches(p) => {
            while body.len() < *after {
                match client.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => body.extend_from_slice(&buf[..n]),
                }
            }
            let _ = client.shutdown(Shutdown::Both);
            return;
        }
        Fault::Status(p, status, text) if matches(p) => {
            while body.len() < length {
                match client.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => body.extend_from_slice(&buf[..n]),
                }
            }
            let answer = format!(
                "HTTP/1.1 {status} Fault\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}",
                text.len()
            );
            let _ = client.write_all(answer.as_bytes());
            return;
        }
        Fault::Stall(p) if matches(p) => {
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(50));
            }
            return;
        }
        _ => {}
    }
    // Pass through, asking the server to close after its answer.
    let Ok(mut server) = TcpStream::connect(upstream) else {
        return;
    };
    let rewritten: String = text
        .split("\r\n")
        .filter(|l| !l.to_ascii_lowercase().starts_with("connection:"))
        .collect::<Vec<_>>()
        .join("\r\n");
    let rewritten = rewritten.trim_end().to_owned() + "\r\nConnection: close\r\n\r\n";
    if server.write_all(rewritten.as_bytes()).is_err() || server.write_all(&body).is_err() {
        return;
    }
    let mut sent = body.len();
    while sent < length {
        match client.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => {
                if server.write_all(&buf[..n]).is_err() {
                    return;
                }
                sent += n;
            }
        }
    }
    loop {
        match server.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                if client.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
        }
    }
    let _ = client.shutdown(Shutdown::Both);
}
