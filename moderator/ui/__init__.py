"""The Qt part: thin widgets and models over the domain. Nothing here decides a rule."""
