//! The cloud's recycle bin, storage and linked devices.

use skyfolio_protocol::{Device, MediaItem, Usage};

use crate::{App, Error};

impl App {
    /// Everything in the cloud's recycle bin, most recently deleted first.
    pub async fn trash(&self) -> Result<Vec<MediaItem>, Error> {
        let client = self.client().await?;
        let mut items = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let page = client.trash_page(cursor.as_deref()).await?;
            items.extend(page.items);
            match page.next {
                Some(next) => cursor = Some(next),
                None => return Ok(items),
            }
        }
    }

    pub async fn restore(&self, id: &str) -> Result<MediaItem, Error> {
        let item = self.client().await?.restore(id).await?;
        self.state.note_item(&item).await?;
        Ok(item)
    }

    pub async fn delete_forever(&self, id: &str) -> Result<(), Error> {
        Ok(self.client().await?.delete_forever(id).await?)
    }

    pub async fn empty_trash(&self) -> Result<(), Error> {
        Ok(self.client().await?.empty_trash().await?)
    }

    pub async fn storage(&self) -> Result<Usage, Error> {
        Ok(self.client().await?.usage().await?)
    }

    pub async fn devices(&self) -> Result<Vec<Device>, Error> {
        Ok(self.client().await?.devices().await?.devices)
    }

    pub async fn unlink_device(&self, id: &str) -> Result<(), Error> {
        Ok(self.client().await?.unlink_device(id).await?)
    }
}
