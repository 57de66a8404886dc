"""The ``alsa`` Processing provider and its algorithms."""
