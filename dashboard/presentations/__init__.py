"""Presentations: saved views (scenes) played full screen in a briefing."""
