//! Where a workspace publishes: a list of targets kept in the workspace's own description
//! (kind, address, organisation, user name; never a secret: tokens live in the OS keychain
//! under [`Target::secret_key`]). A new workspace has one target, a folder beside it, so the
//! whole flow works with no account and no network.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::ckan::Ckan;
use super::egov::Egov;
use super::folder::Folder;
use super::portal_file::FileFormat;
use super::transport;
use super::{AddressProblem, Connector, PublishError};

/// The kind of portal a target is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TargetKind {
    /// A folder or USB stick: self-contained packages another Ochiq sends on.
    #[default]
    Folder,
    /// A CKAN portal, through its Action API with an API token.
    Ckan,
    /// data.egov.uz: catalogue and published data read through its API, the upload done on
    /// its page.
    Egov,
}

impl TargetKind {
    pub const ALL: [TargetKind; 3] = [Self::Folder, Self::Ckan, Self::Egov];

    pub fn code(self) -> &'static str {
        match self {
            Self::Folder => "folder",
            Self::Ckan => "ckan",
            Self::Egov => "egov",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Whether the target needs a token kept in the keychain.
    pub fn needs_secret(self) -> bool {
        self == Self::Ckan
    }
}

/// The address data.egov.uz answers at.
pub const EGOV_URL: &str = "https://data.egov.uz";
/// The folder a new workspace publishes into, relative to the workspace.
pub const DEFAULT_FOLDER: &str = "published";

/// A place to publish to.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Target {
    /// Short and unique in the workspace; what `ochiq push --target` takes.
    pub id: String,
    pub kind: TargetKind,
    /// The portal's address, or the folder (relative to the workspace, or absolute).
    pub url: String,
    /// The organisation published into (CKAN: its name; data.egov.uz: its number).
    pub organisation: String,
    /// The account's user name, as the portal last told it (for display only).
    pub user: String,
    /// The portal's upload limit in MB, when the steward knows it (CKAN does not tell).
    pub max_upload_mb: Option<u64>,
    /// The format of the portal-ready file sent (or, for data.egov.uz, left for upload).
    pub format: FileFormat,
}

impl Target {
    /// The folder target every new workspace starts with.
    pub fn default_folder() -> Self {
        Self {
            id: "folder".into(),
            kind: TargetKind::Folder,
            url: DEFAULT_FOLDER.into(),
            ..Self::default()
        }
    }

    /// The keychain entry holding this target's token.
    pub fn secret_key(&self) -> String {
        format!(
            "{}:{}:{}",
            self.kind.code(),
            self.url.trim_end_matches('/'),
            self.id
        )
    }

    /// The folder of a folder target, resolved against the workspace.
    pub fn folder(&self, workspace: &Path) -> PathBuf {
        let path = Path::new(&self.url);
        if path.is_absolute() {
            path.to_owned()
        } else {
            workspace.join(path)
        }
    }

    /// Whether this target's token may be sent to its address (see [`transport`]): https,
    /// plain http only to this computer, no user name or password in the address. Targets
    /// without a token pass. Checked when a target is added and again before every
    /// connection, so a workspace edited by hand cannot send a token in clear either.
    pub fn check_address(&self) -> Result<(), AddressProblem> {
        if self.kind.needs_secret() {
            transport::token_address(&self.url)?;
        }
        Ok(())
    }

    /// A connector for this target; `secret` is the token from the keychain (CKAN only).
    pub fn connect(
        &self,
        workspace: &Path,
        secret: Option<&str>,
    ) -> Result<Box<dyn Connector>, PublishError> {
        self.check_address().map_err(PublishError::Address)?;
        Ok(match self.kind {
            TargetKind::Folder => Box::new(Folder::new(&self.folder(workspace))),
            TargetKind::Ckan => {
                let token = secret.filter(|s| !s.trim().is_empty());
                let mut ckan = Ckan::new(&self.url, token.ok_or(PublishError::NoCredentials)?)?;
                ckan.max_upload = self.max_upload_mb.map(|mb| mb << 20);
                Box::new(ckan)
            }
            TargetKind::Egov => {
                let url = if self.url.trim().is_empty() {
                    EGOV_URL
                } else {
                    &self.url
                };
                let org = self.organisation.trim().parse().map_err(|_| {
                    PublishError::Refused(format!(
                        "the organisation must be the portal's organisation number, not \"{}\"",
                        self.organisation
                    ))
                })?;
                let mut egov = Egov::new(url, org)?;
                // The portal-ready files wait in the workspace for the steward to upload.
                egov.export_dir = Some(workspace.join(DEFAULT_FOLDER).join("data.egov.uz"));
                egov.export_format = self.format;
                Box::new(egov)
            }
        })
    }
}

/// A new target id not yet used in `targets`, from `base` (`ckan`, `ckan-2`, …).
pub fn unused_id(targets: &[Target], base: &str) -> String {
    let mut id = base.to_owned();
    let mut n = 2;
    while targets.iter().any(|t| t.id == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_keep_no_secret_and_name_their_keychain_entry() {
        let t = Target {
            id: "portal".into(),
            kind: TargetKind::Ckan,
            url: "https://data.example.uz/".into(),
            organisation: "stat".into(),
            user: "alice".into(),
            max_upload_mb: Some(10),
            format: FileFormat::Xlsx,
        };
        let json = serde_json::to_string(&t).unwrap_or_default();
        assert!(!json.to_lowercase().contains("token"), "{json}");
        assert_eq!(t.secret_key(), "ckan:https://data.example.uz:portal");
        let back: Target = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, t);
        // Without a token a CKAN target cannot connect, and says so.
        assert!(matches!(
            t.connect(Path::new("/tmp"), None),
            Err(PublishError::NoCredentials)
        ));
    }

    #[test]
    fn a_token_target_on_plain_http_does_not_connect_even_with_a_token() {
        let t = Target {
            id: "portal".into(),
            kind: TargetKind::Ckan,
            url: "http://data.example.uz/".into(),
            ..Target::default()
        };
        let refused = Err(AddressProblem::PlainHttp {
            url: "http://data.example.uz".into(),
        });
        assert_eq!(t.check_address(), refused);
        assert!(matches!(
            t.connect(Path::new("/tmp"), Some("tok")),
            Err(PublishError::Address(AddressProblem::PlainHttp { .. }))
        ));
        // Loopback is where tests and a local CKAN answer.
        let local = Target {
            url: "http://127.0.0.1:5000".into(),
            ..t.clone()
        };
        assert_eq!(local.check_address(), Ok(()));
        assert!(local.connect(Path::new("/tmp"), Some("tok")).is_ok());
        // Targets without a token may use any address.
        let egov = Target {
            kind: TargetKind::Egov,
            ..t
        };
        assert_eq!(egov.check_address(), Ok(()));
    }

    #[test]
    fn folder_targets_resolve_against_the_workspace() {
        let t = Target::default_folder();
        assert_eq!(t.folder(Path::new("/ws")), Path::new("/ws/published"));
        let abs = Target {
            url: "/media/usb".into(),
            ..Target::default_folder()
        };
        assert_eq!(abs.folder(Path::new("/ws")), Path::new("/media/usb"));
        assert_eq!(unused_id(std::slice::from_ref(&t), "folder"), "folder-2");
        assert_eq!(unused_id(&[t], "ckan"), "ckan");
    }
}
