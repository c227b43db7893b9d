"""Jianbao 简报: an editorial workstation for Chinese local-government news bulletins."""
from __future__ import annotations

__version__ = "0.1.0"
