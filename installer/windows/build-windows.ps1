# Builds installer\out\jianbao-<version>-setup.exe on Windows (x64), the counterpart of installer/build-linux.sh:
# the project's venv, the shared PyInstaller spec (installer\jianbao.spec), the bundle's own self-test, Inno Setup.
# Usage (PowerShell, from anywhere):  installer\windows\build-windows.ps1 [-Clean]
# Needs: Python 3.11+ (python.org installer, "py" launcher) and Inno Setup 6 (ISCC.exe on PATH or in its default folder).
param([switch]$Clean)
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

function Invoke-Checked([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $($arguments -join ' ') exited $LASTEXITCODE" }
}

$python = Join-Path $root ".venv\Scripts\python.exe"
if (-not (Test-Path $python)) { Invoke-Checked "py" @("-3", "-m", "venv", ".venv") }
Invoke-Checked $python @("-m", "pip", "install", "-q", "--upgrade", "pip")
Invoke-Checked $python @("-m", "pip", "install", "-q", "-e", ".", "pyinstaller>=6.10,<7")
$version = (& $python -c "import jianbao; print(jianbao.__version__)").Trim()

$started = Get-Date
$pyiArgs = @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", "installer\out\dist", "--workpath", "installer\out\build")
if ($Clean) { $pyiArgs += "--clean" }
Invoke-Checked $python ($pyiArgs + @("installer\jianbao.spec"))

# The bundle must pass its self-test before it is packed (offscreen: no window appears).
Invoke-Checked "installer\out\dist\jianbao\jianbao.exe" @("--self-test")

$iscc = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
$isccPath = if ($iscc) { $iscc.Source } else { Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $isccPath)) { throw "Inno Setup 6 not found: install it or put ISCC.exe on PATH" }
Invoke-Checked $isccPath @("/Q", "/DAppVersion=$version", "installer\windows\jianbao.iss")

$setup = Join-Path $root "installer\out\jianbao-$version-setup.exe"
$size = (Get-Item $setup).Length
Write-Host ("built {0}: {1:N1} MiB in {2:N0} s" -f $setup, ($size / 1MB), ((Get-Date) - $started).TotalSeconds)
