// No console window next to Skyfolio's own on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> anyhow::Result<()> {
    skyfolio_desktop::run()
}
