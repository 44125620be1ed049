//! Signing in and out.

use serde::Serialize;
use skyfolio_sync::{AccountRow, Client, Engine, Options};

use crate::{App, Error, device_name, platform};

/// What a person gives to sign in.
#[derive(Debug, Clone)]
pub struct SignIn {
    pub server: String,
    pub email: String,
    pub password: String,
    /// Create the account first.
    pub register: bool,
    /// With `register`: the invite code the server's administrator gave.
    pub invite: Option<String>,
    /// How this computer appears among the linked devices (its host name unless given).
    pub device_name: Option<String>,
}

/// What signing out did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SignOutReport {
    /// Whether the server heard of it (a vanished server cannot; the token is forgotten here
    /// all the same).
    pub server_told: bool,
    /// Synced photos moved to the trash from this computer (only with `delete_local_data`).
    pub trashed_here: usize,
}

fn account_key(account: &AccountRow) -> String {
    format!("{} at {}", account.email, account.server)
}

impl App {
    /// Signs this computer in (creating the account first when asked) and keeps the device
    /// token in the OS keychain, or in a file only this user reads.
    pub async fn sign_in(&self, request: SignIn) -> Result<AccountRow, Error> {
        let client = Client::new(&request.server)?;
        if request.register {
            let invite = request
                .invite
                .as_deref()
                .map(str::trim)
                .filter(|c| !c.is_empty());
            client
                .register(&request.email, &request.password, invite)
                .await?;
        }
        let name = request.device_name.unwrap_or_else(device_name);
        let login = client
            .log_in(&request.email, &request.password, &name, platform())
            .await?;
        let mut account = AccountRow {
            server: client.server().to_owned(),
            email: login.account.email.clone(),
            device_id: login.device.id.clone(),
            device_name: login.device.name.clone(),
            token_store: skyfolio_sync::TokenStore::File,
            signed_in_at: login.device.created_at,
        };
        if let Some(previous) = self.state.account().await? {
            self.credentials
                .remove(&account_key(&previous), previous.token_store);
        }
        account.token_store = self
            .credentials
            .store(&account_key(&account), &login.token)?;
        self.state.set_account(&account).await?;
        Ok(account)
    }

    pub async fn account(&self) -> Result<Option<AccountRow>, Error> {
        Ok(self.state.account().await?)
    }

    /// A client signed in as this computer.
    pub(crate) async fn client(&self) -> Result<Client, Error> {
        let account = self
            .state
            .account()
            .await?
            .ok_or(skyfolio_sync::Error::NotSignedIn)?;
        let token = self
            .credentials
            .load(&account_key(&account), account.token_store)?;
        Ok(Client::new(&account.server)?.with_token(token))
    }

    /// The sync engine, signed in as this computer.
    pub async fn engine(&self, mut options: Options) -> Result<Engine, Error> {
        let account = self
            .state
            .account()
            .await?
            .ok_or(skyfolio_sync::Error::NotSignedIn)?;
        options.device_name = account.device_name.clone();
        options.os_trash = self.options.os_trash;
        Ok(Engine::new(
            self.library.clone(),
            self.state.clone(),
            self.client().await?,
            options,
        ))
    }

    /// Signs this computer out. The photos stay unless `delete_local_data`: then every file
    /// that is safely in the cloud (synced, unchanged since) goes to the OS trash; files
    /// that exist only here stay whatever is asked.
    pub async fn sign_out(&self, delete_local_data: bool) -> Result<SignOutReport, Error> {
        let mut report = SignOutReport::default();
        let Some(account) = self.state.account().await? else {
            return Ok(report);
        };
        if let Ok(client) = self.client().await {
            report.server_told = client.log_out().await.is_ok();
        }
        if delete_local_data {
            for folder in self.library.folders().await? {
                let files: std::collections::HashMap<String, _> = self
                    .library
                    .folder_files(&folder)
                    .await?
                    .into_iter()
                    .filter_map(|f| Some((skyfolio_sync::names::local_key(&f.rel_path).ok()?, f)))
                    .collect();
                for (key, synced) in self.state.synced(folder.id).await? {
                    let Some(file) = files.get(&key) else {
                        continue;
                    };
                    if !self
                        .library
                        .is_unchanged(&folder, &file.rel_path, synced.hash)
                        .await?
                    {
                        continue;
                    }
                    let (root, relative) = (folder.path.clone(), file.rel_path.clone());
                    let os_trash = self.options.os_trash;
                    let trashed = tokio::task::spawn_blocking(move || {
                        skyfolio_sync::transfer::trash_file(&root, &relative, os_trash).is_ok()
                    })
                    .await
                    .unwrap_or(false);
                    if trashed {
                        self.library.record_removed(&folder, &file.rel_path).await?;
                        report.trashed_here += 1;
                    }
                }
                self.state.forget_folder(folder.id).await?;
            }
        }
        self.credentials
            .remove(&account_key(&account), account.token_store);
        self.state.clear_account().await?;
        Ok(report)
    }
}
