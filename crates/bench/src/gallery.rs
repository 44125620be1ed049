//! `skyfolio-bench gallery-home`: the home the desktop gallery benchmark opens
//! (tests/window/bench.sh): a library of many small photos on a local cloud, indexed, every
//! thumbnail in the cache, sync paused so that nothing else runs while the window is timed.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use skyfolio_core::{App, AppOptions, FolderMode, Home};

pub fn run(home: &Path, files: u32) -> anyhow::Result<ExitCode> {
    let photos = home.join("Photos");
    anyhow::ensure!(
        !photos.exists(),
        "{} already exists: give a new folder",
        photos.display()
    );
    let started = Instant::now();
    std::fs::create_dir_all(&photos)
        .with_context(|| format!("cannot create {}", photos.display()))?;
    crate::library::make_tree(&photos, files)
        .with_context(|| format!("while writing {files} photos into {}", photos.display()))?;
    println!("{files} photos written in {:.1?}", started.elapsed());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let options = AppOptions {
            use_keychain: false,
            ..AppOptions::default()
        };
        let app = App::open(&Home::at(home), options).await?;
        let cloud = app.start_local_cloud().await?;
        app.set_paused(true).await?;
        app.add_folder(&photos, FolderMode::UploadOnly, None)
            .await?;
        let started = Instant::now();
        let reports = skyfolio_core::testing::library(&app).scan_all().await?;
        let added: usize = reports.iter().map(|r| r.added).sum();
        anyhow::ensure!(added == files as usize, "indexed {added} of {files}");
        println!("indexed in {:.1?}", started.elapsed());
        let started = Instant::now();
        let filled = skyfolio_core::testing::library(&app)
            .fill_thumbnails(&app.home().thumbnail_cache())
            .await?;
        println!(
            "{} thumbnails made in {:.1?}, {} failed",
            filled.made,
            started.elapsed(),
            filled.failures.len()
        );
        drop(cloud);
        app.close().await;
        Ok::<_, anyhow::Error>(())
    })?;
    Ok(ExitCode::SUCCESS)
}
