//! How a token travels: only over https (plain http only to this computer, where tests and a
//! local CKAN answer), never inside an address, and never after a redirect to another address.
//! Addresses are read with the same parser the HTTP client uses (`url`, WHATWG rules), so
//! `http://127.0.0.1.evil.example`, `http://localhost@evil.example` or `http://2130706433`
//! are judged by the host the client would connect to, not by how they read.

use std::net::IpAddr;

use reqwest::Url;
use reqwest::redirect::{Attempt, Policy};

use crate::core::history::AddressProblem;

/// Redirects followed for one request, all within the portal's own address.
pub const MAX_REDIRECTS: usize = 10;

/// The portal address `url`, if a token may be sent to it: https, or plain http to a
/// loopback address (127.0.0.0/8, `::1`, `localhost`); with a host, and without a user name
/// or password in it.
pub fn token_address(url: &str) -> Result<Url, AddressProblem> {
    let parsed = Url::parse(url.trim()).map_err(|e| AddressProblem::Invalid {
        detail: e.to_string(),
    })?;
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(AddressProblem::Credentials);
    }
    if parsed.host().is_none() {
        return Err(AddressProblem::Invalid {
            detail: "no host".into(),
        });
    }
    match parsed.scheme() {
        "https" => Ok(parsed),
        "http" if is_loopback(&parsed) => Ok(parsed),
        "http" => Err(AddressProblem::PlainHttp {
            url: shown(&parsed),
        }),
        other => Err(AddressProblem::Invalid {
            detail: format!("{other}: is not http or https"),
        }),
    }
}

/// Whether `url`'s host is this computer: an IPv4 address in 127.0.0.0/8, `::1` (or the
/// IPv4-mapped form of a loopback address), or exactly `localhost`. Names that merely start
/// with these (`127.0.0.1.example`, `localhost.example`) are other computers.
pub fn is_loopback(url: &Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    // The parser has already turned every spelling of an IP address into its canonical form
    // (IPv6 in brackets); anything else is a name.
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<IpAddr>() {
        Ok(IpAddr::V4(ip)) => ip.is_loopback(),
        Ok(IpAddr::V6(ip)) => {
            ip.is_loopback() || ip.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
        Err(_) => host.eq_ignore_ascii_case("localhost"),
    }
}

/// Whether `a` and `b` have the same scheme, host and port: where a token sent to `a` may go.
pub fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host() == b.host()
        && a.port_or_known_default() == b.port_or_known_default()
        && a.username().is_empty()
        && a.password().is_none()
        && b.username().is_empty()
        && b.password().is_none()
}

/// An address as people are shown it: scheme, host, port and path; never a user name,
/// password, query or fragment, which may carry secrets or identifiers.
pub fn shown(url: &Url) -> String {
    let mut clean = url.clone();
    let _ = clean.set_username("");
    let _ = clean.set_password(None);
    clean.set_query(None);
    clean.set_fragment(None);
    let text = clean.to_string();
    // `https://host/` reads as the address typed, `https://host`.
    match (clean.path(), text.strip_suffix('/')) {
        ("/", Some(bare)) => bare.to_owned(),
        _ => text,
    }
}

/// What to do with a redirect to `next` from a request to the portal at `origin`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Redirect {
    /// Follow it: same scheme, host and port, so the token may go along.
    Follow,
    /// Stop and hand the redirect back to the caller, who says where the portal pointed.
    Stop,
    /// Too many hops.
    TooMany,
}

/// The rule behind [`policy`]: follow only within the portal's own address.
pub fn redirect(origin: &Url, next: &Url, hops: usize) -> Redirect {
    if hops >= MAX_REDIRECTS {
        Redirect::TooMany
    } else if same_origin(origin, next) {
        Redirect::Follow
    } else {
        Redirect::Stop
    }
}

/// The HTTP client's redirect policy for requests that carry a token to `origin`: a redirect
/// that leaves the origin (another host or port, https to http) is not followed, so the
/// token never goes there; the caller gets the redirect answer and says where it pointed.
/// This does not lean on the client's own removal of `Authorization` on cross-host redirects,
/// which leaves other headers (`X-CKAN-API-Key`) in place.
pub fn policy(origin: Url) -> Policy {
    Policy::custom(move |attempt: Attempt<'_>| {
        match redirect(&origin, attempt.url(), attempt.previous().len()) {
            Redirect::Follow => attempt.follow(),
            Redirect::Stop => attempt.stop(),
            Redirect::TooMany => attempt.error("too many redirects"),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn https_is_accepted_and_plain_http_only_to_this_computer() {
        for ok in [
            "https://data.example.uz",
            "HTTPS://Data.Example.UZ/ckan/",
            " https://data.example.uz/ ",
            "http://127.0.0.1:5000",
            "http://127.8.9.10",
            "http://localhost:5000/",
            "HTTP://LOCALHOST",
            "http://[::1]:8080",
            "http://[::ffff:127.0.0.1]/",
            // The WHATWG parser (and so the client) reads these as 127.0.0.1.
            "http://2130706433/",
            "http://0x7f.1/",
        ] {
            assert!(token_address(ok).is_ok(), "{ok}: {:?}", token_address(ok));
        }
        for clear in [
            "http://data.example.uz",
            "http://example.invalid/",
            "http://127.0.0.1.evil.example/",
            "http://localhost.evil.example/",
            "http://evil.example/localhost",
            "http://evil.example/?host=127.0.0.1",
            "http://evil.example#@127.0.0.1",
            "http://0.0.0.0/",
            "http://[::]/",
            "http://10.0.0.1/",
            "http://192.168.1.1:5000/",
            "http://[2001:db8::1]/",
            "http://localhost./",
        ] {
            assert!(
                matches!(token_address(clear), Err(AddressProblem::PlainHttp { .. })),
                "{clear}: {:?}",
                token_address(clear)
            );
        }
    }

    #[test]
    fn user_names_passwords_and_odd_schemes_are_refused() {
        for creds in [
            "http://localhost@evil.example/",
            "http://127.0.0.1:80@evil.example/",
            "https://user:secret@data.example.uz/",
            "https://:secret@data.example.uz/",
            "https://token@data.example.uz/",
        ] {
            assert_eq!(
                token_address(creds),
                Err(AddressProblem::Credentials),
                "{creds}"
            );
        }
        for bad in [
            "",
            "data.example.uz",
            "ftp://data.example.uz",
            "file:///etc/passwd",
            "https://",
            "javascript:alert(1)",
        ] {
            assert!(
                matches!(token_address(bad), Err(AddressProblem::Invalid { .. })),
                "{bad}: {:?}",
                token_address(bad)
            );
        }
    }

    #[test]
    fn the_refusal_shows_the_address_without_its_query() {
        assert_eq!(
            token_address("http://data.example.uz/ckan?key=abc#frag"),
            Err(AddressProblem::PlainHttp {
                url: "http://data.example.uz/ckan".into()
            })
        );
        assert_eq!(
            shown(&url("https://u:p@h.example:8443/a?b=c#d")),
            "https://h.example:8443/a"
        );
        assert_eq!(
            shown(&url("HTTP://Data.Example.UZ/")),
            "http://data.example.uz"
        );
        assert_eq!(
            shown(&url("https://h.example/ckan/")),
            "https://h.example/ckan/"
        );
    }

    #[test]
    fn redirects_are_followed_only_within_the_portal() {
        let origin = url("https://data.example.uz/");
        let follow = |next: &str| redirect(&origin, &url(next), 0);
        assert_eq!(follow("https://data.example.uz/api/3/x"), Redirect::Follow);
        assert_eq!(follow("HTTPS://DATA.EXAMPLE.UZ:443/x"), Redirect::Follow);
        for away in [
            "http://data.example.uz/api/3/x",
            "http://data.example.uz:443/api",
            "https://data.example.uz:8443/api",
            "https://www.data.example.uz/api",
            "https://data.example.uz.evil.example/api",
            "https://evil.example/data.example.uz",
            "https://user:pw@data.example.uz/api",
            "ftp://data.example.uz/",
        ] {
            assert_eq!(follow(away), Redirect::Stop, "{away}");
        }
        assert_eq!(
            redirect(&origin, &url("https://data.example.uz/x"), MAX_REDIRECTS),
            Redirect::TooMany
        );
        // A local portal: another port or another name for this computer is another origin.
        let local = url("http://127.0.0.1:5000/");
        assert_eq!(
            redirect(&local, &url("http://127.0.0.1:5000/y"), 1),
            Redirect::Follow
        );
        for away in [
            "http://127.0.0.1:5001/",
            "http://localhost:5000/",
            "https://127.0.0.1:5000/",
        ] {
            assert_eq!(redirect(&local, &url(away), 0), Redirect::Stop, "{away}");
        }
    }

    #[test]
    fn loopback_names_are_exact() {
        assert!(is_loopback(&url("http://localhost/")));
        assert!(is_loopback(&url("http://127.255.255.254/")));
        assert!(is_loopback(&url("http://[::1]/")));
        assert!(!is_loopback(&url("http://localhost.localdomain/")));
        assert!(!is_loopback(&url("http://128.0.0.1/")));
        assert!(!is_loopback(&url("http://[::2]/")));
    }
}
