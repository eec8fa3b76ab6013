"""The jobs both front ends do — scanning a batch of photos, importing and exporting contact files, rendering
reports, generating sample data — and the errors both show, written once so the command line and the window
cannot drift. No Qt here: progress, cancel and per-item results are plain callbacks, flags and dataclasses
that the CLI prints and the window's workers turn into signals (docs/ARCHITECTURE.md)."""
