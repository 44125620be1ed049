# Windows: libheif (with libde265, its HEVC decoder) from vcpkg, for the build to link and the
# installers to carry. Run from the repository's root before building; it sets LIB for the
# steps after it (GitHub Actions' GITHUB_ENV) and copies the DLLs beside the binaries, where the
# MSI and NSIS bundlers take every DLL they find.
$ErrorActionPreference = 'Stop'
$triplet = 'x64-windows'
$vcpkg = if ($env:VCPKG_INSTALLATION_ROOT) { $env:VCPKG_INSTALLATION_ROOT } else { 'C:\vcpkg' }
& "$vcpkg\vcpkg.exe" install "libheif[hevc]:$triplet"
if ($LASTEXITCODE -ne 0) { throw "vcpkg could not install libheif" }
$installed = Join-Path $vcpkg "installed\$triplet"
# libheif-sys asks the linker for `heif`: vcpkg names the import library heif.lib.
$lib = Join-Path $installed 'lib'
if ($env:GITHUB_ENV) { "LIB=$lib;$env:LIB" | Out-File -FilePath $env:GITHUB_ENV -Append -Encoding utf8 }
$env:LIB = "$lib;$env:LIB"
foreach ($profile in 'debug', 'release') {
  $target = Join-Path 'target' $profile
  New-Item -ItemType Directory -Force -Path $target | Out-Null
  Copy-Item (Join-Path $installed 'bin\*.dll') $target
}
