//! Where portal tokens are kept: the operating system's keychain ([`Keychain`]: the Secret
//! Service on Linux, the Keychain on macOS, the Credential Manager on Windows), or, when there
//! is none and the steward agrees, memory for this session only ([`MemoryStore`]). Never a
//! file of Ochiq's own. The account key is chosen by the caller (`Target::secret_key`) and
//! is opaque here; entries are kept under the service name [`SERVICE`].
//!
//! Secrets never appear in errors or in `Debug` output. Every call may block (the keychain
//! may ask the user to unlock it), so the UI calls these from a job thread.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use keyring_core::{CredentialStore, Error as KeyringError};

/// The service name the keychain files Ochiq's entries under.
pub const SERVICE: &str = "ochiq";

/// Why a secret could not be kept or read. The messages name what failed, never the secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    /// There is no usable keychain here (no Secret Service on the session bus, a keychain
    /// that stays locked); the UI offers to keep tokens in memory for this session instead.
    #[error("no keychain is available here: {0}")]
    Unavailable(String),
    /// The keychain is there but the operation failed.
    #[error("the keychain failed: {0}")]
    Failed(String),
}

/// A place to keep secrets by account key.
/// How the publishing steps ask `store` for a target's token (a failure as text), for
/// use on any thread.
pub fn target_secrets(
    store: &Arc<dyn SecretStore>,
) -> impl Fn(&super::target::Target) -> Result<Option<String>, String> + Send + Sync + 'static {
    let store = Arc::clone(store);
    move |t| store.get(&t.secret_key()).map_err(|e| e.to_string())
}

pub trait SecretStore: Send + Sync + std::fmt::Debug {
    /// The secret kept for `account`, if any.
    fn get(&self, account: &str) -> Result<Option<String>, SecretError>;
    /// Keeps `secret` for `account`, replacing what was there.
    fn set(&self, account: &str, secret: &str) -> Result<(), SecretError>;
    /// Forgets the secret for `account`; forgetting one that is not there is fine.
    fn delete(&self, account: &str) -> Result<(), SecretError>;
    /// Which store this is, in a few English words ("the system keychain", "memory for this
    /// session"), for logs and as a fallback label.
    fn describe(&self) -> &'static str;
}

/// Whether `store` works here: writes, reads back and deletes a throwaway entry. For the UI
/// to tell the steward up front, rather than when the first token is saved.
pub fn probe(store: &dyn SecretStore) -> Result<(), SecretError> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let account = format!("ochiq-probe:{}:{stamp}", std::process::id());
    let value = format!("probe-{stamp}");
    store.set(&account, &value)?;
    let back = store.get(&account);
    let deleted = store.delete(&account);
    match back? {
        Some(v) if v == value => {}
        Some(_) => {
            return Err(SecretError::Failed(
                "the keychain returned something other than what was stored".into(),
            ));
        }
        None => {
            return Err(SecretError::Failed(
                "the keychain did not keep a secret stored a moment ago".into(),
            ));
        }
    }
    deleted?;
    match store.get(&account)? {
        None => Ok(()),
        Some(_) => Err(SecretError::Failed(
            "the keychain still returns a secret after deleting it".into(),
        )),
    }
}

/// Secrets in memory, for this run only: the steward's choice when there is no keychain, and
/// tests.
#[derive(Default)]
pub struct MemoryStore {
    secrets: Mutex<HashMap<String, String>>,
}

impl MemoryStore {
    fn with<T>(&self, f: impl FnOnce(&mut HashMap<String, String>) -> T) -> T {
        // A panic elsewhere while holding the lock leaves the map whole: keep using it.
        let mut guard = self
            .secrets
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&mut guard)
    }
}

impl std::fmt::Debug for MemoryStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemoryStore")
            .field("entries", &self.with(|m| m.len()))
            .finish()
    }
}

impl SecretStore for MemoryStore {
    fn get(&self, account: &str) -> Result<Option<String>, SecretError> {
        Ok(self.with(|m| m.get(account).cloned()))
    }

    fn set(&self, account: &str, secret: &str) -> Result<(), SecretError> {
        self.with(|m| m.insert(account.to_owned(), secret.to_owned()));
        Ok(())
    }

    fn delete(&self, account: &str) -> Result<(), SecretError> {
        self.with(|m| m.remove(account));
        Ok(())
    }

    fn describe(&self) -> &'static str {
        "memory for this session"
    }
}

/// The operating system's keychain, through `keyring`'s platform store. Creating one is free;
/// the store is opened on first use, once per process (on Linux: a connection to the Secret
/// Service on the D-Bus session bus). When that fails every call answers
/// [`SecretError::Unavailable`] with the reason, until the program is restarted.
#[derive(Clone, Default)]
pub struct Keychain {
    /// A store chosen by the caller (tests: `keyring_core::mock`); `None`: the platform's.
    store: Option<Arc<CredentialStore>>,
}

impl std::fmt::Debug for Keychain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keychain")
            .field("platform", &self.store.is_none())
            .finish()
    }
}

/// What the platform's keychain is called, for messages.
const PLATFORM: &str = if cfg!(target_os = "macos") {
    "the macOS Keychain"
} else if cfg!(windows) {
    "the Windows Credential Manager"
} else {
    "the Secret Service (D-Bus org.freedesktop.secrets)"
};

/// The platform store, opened once per process.
fn platform_store() -> Result<Arc<CredentialStore>, SecretError> {
    static STORE: OnceLock<Result<Arc<CredentialStore>, SecretError>> = OnceLock::new();
    STORE
        .get_or_init(|| {
            // keyring opens the platform store once (thread-safe) and makes it the default;
            // keep our own handle so a later change of the default cannot redirect us.
            match keyring::Entry::store_status() {
                Ok(()) => keyring_core::get_default_store().ok_or_else(|| {
                    SecretError::Unavailable(format!("{PLATFORM} could not be opened"))
                }),
                Err(e) => Err(SecretError::Unavailable(format!(
                    "cannot open {PLATFORM}: {}",
                    describe_keyring_error(e)
                ))),
            }
        })
        .clone()
}

impl Keychain {
    /// The platform's keychain.
    pub fn new() -> Self {
        Self::default()
    }

    /// A keychain over a given `keyring_core` store (another platform store, or the mock
    /// store in tests).
    pub fn with_store(store: Arc<CredentialStore>) -> Self {
        Self { store: Some(store) }
    }

    fn entry(&self, account: &str) -> Result<keyring_core::Entry, SecretError> {
        let store = match &self.store {
            Some(store) => Arc::clone(store),
            None => platform_store()?,
        };
        store
            .build(SERVICE, account, None)
            .map_err(|e| map_error(&e, None))
    }
}

impl SecretStore for Keychain {
    fn get(&self, account: &str) -> Result<Option<String>, SecretError> {
        match self.entry(account)?.get_password() {
            Ok(secret) => Ok(Some(secret)),
            Err(KeyringError::NoEntry) => Ok(None),
            Err(e) => Err(map_error(&e, None)),
        }
    }

    fn set(&self, account: &str, secret: &str) -> Result<(), SecretError> {
        self.entry(account)?
            .set_password(secret)
            .map_err(|e| map_error(&e, Some(secret)))
    }

    fn delete(&self, account: &str) -> Result<(), SecretError> {
        match self.entry(account)?.delete_credential() {
            Ok(()) | Err(KeyringError::NoEntry) => Ok(()),
            Err(e) => Err(map_error(&e, None)),
        }
    }

    fn describe(&self) -> &'static str {
        "the system keychain"
    }
}

/// A keyring error as ours. Access refused (a locked keychain, a dismissed prompt) is
/// `Unavailable`: the steward may then keep tokens for this session only.
fn map_error(e: &KeyringError, secret: Option<&str>) -> SecretError {
    let text = redact(describe_keyring_error(e), secret);
    match e {
        KeyringError::NoStorageAccess(_) | KeyringError::NoDefaultStore => {
            SecretError::Unavailable(text)
        }
        _ => SecretError::Failed(text),
    }
}

/// What went wrong, without the data some variants carry (the stored bytes of a secret that
/// is not valid text, say).
fn describe_keyring_error(e: &KeyringError) -> String {
    match e {
        KeyringError::PlatformFailure(inner) => inner.to_string(),
        KeyringError::NoStorageAccess(inner) => format!("access refused: {inner}"),
        KeyringError::NoEntry => "no such entry".into(),
        KeyringError::BadEncoding(_) => "the stored secret is not UTF-8 text".into(),
        KeyringError::BadDataFormat(..) => "the stored secret is malformed".into(),
        KeyringError::BadStoreFormat(reason) => format!("the store is malformed: {reason}"),
        KeyringError::TooLong(what, limit) => {
            format!("the {what} is longer than the keychain allows ({limit})")
        }
        KeyringError::Invalid(what, reason) => format!("invalid {what}: {reason}"),
        KeyringError::Ambiguous(entries) => {
            format!("{} entries match this account", entries.len())
        }
        KeyringError::NoDefaultStore => "no credential store is set up".into(),
        KeyringError::NotSupportedByStore(what) => format!("not supported: {what}"),
        // Variants added later: their display might carry data, so say only that much.
        _ => "an unexpected keychain error".into(),
    }
}

/// `text` with every occurrence of `secret` blanked out (platform messages are not ours).
fn redact(text: String, secret: Option<&str>) -> String {
    match secret {
        Some(s) if !s.is_empty() && text.contains(s) => text.replace(s, "•••"),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLANTED: &str = "tok-3f9a-PLANTED-do-not-print";

    #[test]
    fn memory_store_keeps_replaces_and_forgets() {
        let store = MemoryStore::default();
        assert_eq!(store.get("ckan:a").unwrap_or_else(|e| panic!("{e}")), None);
        store
            .set("ckan:a", PLANTED)
            .unwrap_or_else(|e| panic!("{e}"));
        store
            .set("ckan:b", "другой — ключ")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            store.get("ckan:a").unwrap_or_else(|e| panic!("{e}")),
            Some(PLANTED.to_owned())
        );
        store.set("ckan:a", "new").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            store.get("ckan:a").unwrap_or_else(|e| panic!("{e}")),
            Some("new".to_owned())
        );
        store.delete("ckan:a").unwrap_or_else(|e| panic!("{e}"));
        store.delete("ckan:a").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(store.get("ckan:a").unwrap_or_else(|e| panic!("{e}")), None);
        assert_eq!(
            store.get("ckan:b").unwrap_or_else(|e| panic!("{e}")),
            Some("другой — ключ".to_owned())
        );
        assert_eq!(store.describe(), "memory for this session");
    }

    #[test]
    fn debug_output_never_shows_a_secret() {
        let store = MemoryStore::default();
        store
            .set("ckan:a", PLANTED)
            .unwrap_or_else(|e| panic!("{e}"));
        let shown = format!("{store:?}");
        assert!(!shown.contains(PLANTED), "{shown}");
        assert!(shown.contains("entries: 1"), "{shown}");
    }

    #[test]
    fn probe_passes_on_a_working_store_and_leaves_nothing_behind() {
        let store = MemoryStore::default();
        probe(&store).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(format!("{store:?}"), "MemoryStore { entries: 0 }");
    }

    fn mock_keychain() -> Keychain {
        let store = keyring_core::mock::Store::new().unwrap_or_else(|e| panic!("{e}"));
        Keychain::with_store(store)
    }

    /// Makes the next call on `account`'s mock credential fail with `error`.
    fn fail_next(keychain: &Keychain, account: &str, error: KeyringError) {
        let entry = keychain.entry(account).unwrap_or_else(|e| panic!("{e}"));
        let Some(cred) = entry.as_any().downcast_ref::<keyring_core::mock::Cred>() else {
            panic!("not a mock credential")
        };
        cred.set_error(error);
    }

    #[test]
    fn keychain_over_a_store_gets_sets_and_deletes() {
        let keychain = mock_keychain();
        assert_eq!(
            keychain.get("ckan:a").unwrap_or_else(|e| panic!("{e}")),
            None
        );
        keychain.delete("ckan:a").unwrap_or_else(|e| panic!("{e}"));
        keychain
            .set("ckan:a", PLANTED)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            keychain.get("ckan:a").unwrap_or_else(|e| panic!("{e}")),
            Some(PLANTED.to_owned())
        );
        assert_eq!(
            keychain.get("ckan:b").unwrap_or_else(|e| panic!("{e}")),
            None
        );
        keychain.delete("ckan:a").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            keychain.get("ckan:a").unwrap_or_else(|e| panic!("{e}")),
            None
        );
        probe(&keychain).unwrap_or_else(|e| panic!("{e}"));
        assert!(!format!("{keychain:?}").contains(PLANTED));
    }

    #[test]
    fn keychain_errors_never_carry_the_secret() {
        let keychain = mock_keychain();
        let boxed = |s: &str| -> keyring_core::error::PlatformError {
            Box::new(std::io::Error::other(s.to_owned()))
        };
        let cases = [
            (
                KeyringError::BadEncoding(PLANTED.as_bytes().to_vec()),
                false,
            ),
            (
                KeyringError::BadDataFormat(PLANTED.as_bytes().to_vec(), boxed(PLANTED)),
                false,
            ),
            // A platform message that echoes the secret (it should not, but it is not ours).
            (
                KeyringError::PlatformFailure(boxed(&format!("bad item {PLANTED}"))),
                false,
            ),
            (
                KeyringError::NoStorageAccess(boxed("collection is locked")),
                true,
            ),
            (KeyringError::TooLong("password".into(), 8), false),
        ];
        for (error, unavailable) in cases {
            fail_next(&keychain, "ckan:a", error);
            let e = match keychain.set("ckan:a", PLANTED) {
                Err(e) => e,
                Ok(()) => panic!("the planted error did not surface"),
            };
            for shown in [e.to_string(), format!("{e:?}")] {
                assert!(!shown.contains(PLANTED), "{shown}");
            }
            assert_eq!(matches!(e, SecretError::Unavailable(_)), unavailable, "{e}");
        }
        // Reading a stored secret that is not text: the stored bytes are not echoed.
        keychain
            .set("ckan:a", PLANTED)
            .unwrap_or_else(|e| panic!("{e}"));
        fail_next(
            &keychain,
            "ckan:a",
            KeyringError::BadEncoding(PLANTED.as_bytes().to_vec()),
        );
        let e = keychain
            .get("ckan:a")
            .err()
            .unwrap_or_else(|| panic!("no error"));
        assert_eq!(
            e,
            SecretError::Failed("the stored secret is not UTF-8 text".into())
        );
        assert_eq!(
            e.to_string(),
            "the keychain failed: the stored secret is not UTF-8 text"
        );
        // Deleting: a missing entry is fine, a failure is not.
        fail_next(&keychain, "ckan:gone", KeyringError::NoEntry);
        keychain
            .delete("ckan:gone")
            .unwrap_or_else(|e| panic!("{e}"));
        fail_next(
            &keychain,
            "ckan:a",
            KeyringError::PlatformFailure(boxed("daemon went away")),
        );
        assert_eq!(
            keychain.delete("ckan:a"),
            Err(SecretError::Failed("daemon went away".into()))
        );
    }

    #[test]
    fn probe_reports_a_store_that_does_not_keep_secrets() {
        #[derive(Debug)]
        struct Forgetful;
        impl SecretStore for Forgetful {
            fn get(&self, _: &str) -> Result<Option<String>, SecretError> {
                Ok(None)
            }
            fn set(&self, _: &str, _: &str) -> Result<(), SecretError> {
                Ok(())
            }
            fn delete(&self, _: &str) -> Result<(), SecretError> {
                Ok(())
            }
            fn describe(&self) -> &'static str {
                "nowhere"
            }
        }
        assert!(matches!(probe(&Forgetful), Err(SecretError::Failed(_))));
    }

    #[test]
    fn unavailable_says_so_without_a_secret() {
        let e = SecretError::Unavailable("cannot open the Secret Service: no bus".into());
        assert_eq!(
            e.to_string(),
            "no keychain is available here: cannot open the Secret Service: no bus"
        );
        assert_eq!(
            map_error(&KeyringError::NoDefaultStore, Some(PLANTED)),
            SecretError::Unavailable("no credential store is set up".into())
        );
        assert_eq!(redact(format!("x{PLANTED}y"), Some(PLANTED)), "x•••y");
        assert_eq!(redact("x".into(), Some("")), "x");
    }
}
