<?php

/** @generate-class-entries */

function rdump_dump(string $path, bool $full = false, bool $background = false): bool {}

function rdump_set_oom_dump(?string $path, bool $full = false): bool {}
