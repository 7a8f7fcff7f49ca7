<?php
/* The live data the benchmark children hold (bench/child.php,
 * bench/profile.php): objects with a string and a small array each. */
final class Item
{
    public $id;
    public $name;
    public $tags;
    public function __construct($id)
    {
        $this->id = $id;
        $this->name = str_repeat(chr(97 + $id % 26), 200) . $id;
        $this->tags = ['t' . ($id % 100), 'u' . ($id % 7)];
    }
}
