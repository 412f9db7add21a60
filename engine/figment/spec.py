"""The object spec: what the parse stage makes and the mesh and sound stages build from.

One schema in three forms kept in step by a test: this pydantic model (the source of truth for
ranges and vocabularies), its JSON Schema (``ObjectSpec.model_json_schema()``, used for
constrained decoding) and the ``figment.v1.ObjectSpec`` proto message.

Every number has a range. Values out of range are rejected with an error naming the field, never
clamped silently. Vocabularies (archetypes, materials, parts, modifiers, motions, sounds) are plain
string tuples so a plugin can read them; the model only accepts names from them.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

__all__ = [
    "ARCHETYPES",
    "COMPANION_PLACES",
    "FAMILIES",
    "MATERIALS",
    "MODIFIERS",
    "MOTIONS",
    "PARTS",
    "PATTERNS",
    "SHAPE_PARAMS",
    "SHAPE_SOURCES",
    "SOUNDS",
    "Color",
    "Companion",
    "Material",
    "Modifier",
    "Motion",
    "ObjectSpec",
    "SoundDescriptor",
    "Span",
    "Vec3",
]

ARCHETYPES: tuple[str, ...] = (
    "clock", "whale", "tree", "lamp", "door", "staircase", "eye", "jellyfish", "chair", "moon",
    "key", "book", "bird", "fish", "hand", "bell", "teapot", "ladder", "mirror", "umbrella",
    "cup", "table", "candle", "flower", "mushroom", "crystal", "shell", "house", "boat",
    "hourglass", "lantern", "cloud", "star", "mask", "crown", "vase", "egg", "tower", "bottle",
    "feather", "heart", "snake", "orb",
)  # fmt: skip
"""Object archetypes the mesh stage builds. ``orb`` is the fallback for anything unnamed."""

FAMILIES: tuple[str, ...] = (
    "quadruped", "biped", "bird", "fish", "insect", "serpent", "cephalopod",
    "tree", "shrub", "flower", "cactus", "fruit",
    "vessel", "furniture", "seat", "cabinet", "container",
    "wheeled", "boat", "aircraft", "rocket",
    "building", "tower", "arch",
    "string_instrument", "wind_instrument", "drum",
    "light", "tool", "blade",
    "hat", "footwear", "garment", "jewelry",
    "stack", "sheet", "celestial", "device", "rock", "lump",
)  # fmt: skip
"""Parametric shape families for everything that is not an archetype (``lump`` is the most
general: a noun nothing else places)."""

SHAPE_PARAMS: dict[str, tuple[float, float, str]] = {
    "legs": (0, 12, "legs (creatures, furniture)"),
    "arms": (0, 12, "arms or tentacles (lights, cacti, sea creatures)"),
    "wheels": (0, 8, "wheels"),
    "strings": (0, 12, "strings"),
    "petals": (3, 24, "petals"),
    "branches": (0, 12, "branches (0 on a tree: a palm)"),
    "tiers": (1, 6, "stacked tiers, floors or stages"),
    "masts": (0, 4, "masts"),
    "handles": (0, 2, "handles"),
    "neck": (0, 1, "neck length"),
    "tail": (0, 1, "tail length"),
    "horns": (0, 1, "horns or antlers"),
    "ears": (0, 1, "ear size"),
    "trunk": (0, 1, "trunk or snout length"),
    "wings": (0, 1, "wing span"),
    "shell": (0, 1, "shell or carapace"),
    "claws": (0, 1, "claws or pincers"),
    "length": (0, 1, "front-to-back length"),
    "height": (0, 1, "height (for creatures: leg length)"),
    "width": (0, 1, "side-to-side width"),
    "taper": (0, 1, "narrowing toward the top (a vessel's neck, a tower's point)"),
    "flare": (0, 1, "flaring mouth or bell"),
    "rings": (0, 1, "planetary rings"),
    "head": (0, 1, "tool head: 0 hammer, 0.33 axe, 0.66 spade, 1 tines"),
    "roof": (0, 1, "roof pitch"),
    "screen": (0, 1, "screen size"),
    "conifer": (0, 1, "crown from round (0) to conical (1)"),
    "keys": (0, 1, "a keyboard"),
    "frame": (0, 1, "a frame or headboard"),
    "pole": (0, 1, "a pole to hang from"),
    "fur": (0, 1, "coat: 0 sleek; 0.35 up a bushy tail (short-muzzled, heavy: a mane); 0.75 up a fleece"),
    "pattern": (0, 1, "coat markings: 0 none, 0.25 to 0.75 spots or patches, 0.75 up stripes"),
    "spines": (0, 1, "quills over the back (a hedgehog, a porcupine)"),
    "piece": (0, 6, "a chess piece: 1 pawn, 2 rook, 3 knight, 4 bishop, 5 queen, 6 king"),
    "rock": (0, 1, "curved rockers underneath: a rocking chair, a rocking horse"),
    "appliance": (0, 1551, "an appliance, fixture or contraption: 1 refrigerator, 2 washing machine, 3 oven, 4 vending machine, 5 fire hydrant, 6 telephone booth, 7 safe, 8 ship's wheel, 9 satellite dish, 10 spinning top, 11 grenade, 12 chainsaw, 13 gas cylinder, 14 gumball machine, 15 espresso machine, 16 robotic arm, 17 wagon wheel, 18 dynamite, 19 traffic light, 20 smartphone, 21 trash can, 22 playground slide, 23 pair of scales, 24 compass, 25 trap, 26 typewriter, 27 microscope, 28 blender, 29 magnifying glass, 30 pencil, 31 ruler, 32 traffic cone, 33 chalkboard, 34 calculator, 35 stapler, 36 bone, 37 paper clip, 38 hay bale, 39 weathervane, 40 catapult, 41 laptop, 42 keyboard, 43 printer, 44 cash register, 45 eraser, 46 wreath, 47 microphone, 48 loudspeaker, 49 headphones, 50 record, 51 turntable, 52 dumbbell, 53 barbell, 54 kettlebell, 55 medal, 56 whistle, 57 dartboard, 58 bowling pin, 59 goal, 60 log, 61 hammock, 62 fishing rod, 63 toilet, 64 unicycle, 65 jack-in-the-box, 66 treadmill, 67 roller coaster, 68 metronome, 69 cassette tape, 70 accordion, 71 handcuffs, 72 punching bag, 73 boxing glove, 74 golf club, 75 water tower, 76 tesla coil, 77 igloo, 78 cement mixer, 79 sawhorse, 80 jukebox, 81 gurney, 82 parking meter, 83 oil lamp, 84 brazier, 85 liver, 86 kidney, 87 lungs, 88 stomach, 89 kayak, 90 hand plane, 91 jackhammer, 92 generator, 93 vise, 94 girder, 95 scaffolding, 96 portable toilet, 97 tower crane, 98 snowshoe, 99 stack of lumber, 100 pallet of bricks, 101 brain, 102 syringe, 103 rack of test tubes, 104 drip stand, 105 defibrillator, 106 X-ray lightbox, 107 spinning wheel, 108 portcullis, 109 paper lantern, 110 torii gate, 111 stone lantern, 112 daruma doll, 113 hand mirror, 114 beaker, 115 scalpel, 116 pill bottle, 117 tusk, 118 auger, 119 ski lift chair, 120 workbench, 121 circular saw, 122 canopic jar, 123 eagle standard, 124 operating table, 125 longhouse, 126 drinking horn, 127 stack of firewood, 128 petrol pump, 129 Geiger counter, 130 shopping cart, 131 hookah, 132 loom, 133 totem pole, 134 sandbag wall, 135 sack, 136 handsaw, 137 power drill, 138 tape measure, 139 intestines, 140 road barrier, 141 cable spool, 142 bullet, 143 cliff, 144 luggage trolley, 145 buffer stop, 146 chimney stack, 147 railway signal, 148 suitcase, 149 idol, 150 steeple, 151 missile, 152 calendar stone, 153 canteen, 154 swing set, 155 seesaw, 156 roundabout, 157 climbing frame, 158 spring rider, 159 picnic table, 160 sandbox, 161 easel, 162 palette, 163 gondola, 164 ceiling fan, 165 manhole cover, 166 ashtray, 167 newspaper stand, 168 kite, 169 arcade cabinet, 170 pinball machine, 171 claw crane game, 172 air hockey table, 173 foosball table, 174 disco ball, 175 periscope, 176 torpedo, 177 porthole, 178 valve wheel, 179 lever, 180 American football, 181 soccer ball, 182 basketball, 183 baseball, 184 tennis ball, 185 cheese, 186 crutch, 187 bagpipes, 188 backpack, 189 sewing needle, 190 thimble, 191 safety pin, 192 fishbowl, 193 scarf, 194 violin case, 195 straight razor, 196 wristwatch, 197 handbag, 198 pet carrier, 199 icicles, 200 wall shelf, 201 mitten, 202 string of sausages, 203 pair of skis, 204 hedge, 205 room, 206 bedroom, 207 kitchen, 208 bathroom, 209 living room, 210 dining room, 211 classroom, 212 study or office, 213 hallway, 214 prison cell, 215 diner booth, 216 butter on its dish, 217 burrow, 218 castanets, 219 sleigh bells, 220 silo, 221 coconut, 222 catkins, 223 cut gem, 224 library, 225 lake or pond, 226 river or stream, 227 canal, 228 sea, 229 waterfall, 230 island, 231 swamp, 232 desert, 233 forest, 234 meadow, 235 garden, 236 park, 237 road, 238 beach, 239 tin can, 240 belt, 241 bar, 242 coil of hose, 243 wig, 244 caterpillar or grub, 245 pothole, 246 china, 247 cellar, 248 magnet, 249 lobster pot, 250 fishing net, 251 buoy, 252 wooden post, 253 fish skeleton, 254 chisel, 255 capstan, 256 sheaf of wheat, 257 earthworm, 258 walnuts, 259 atom, 260 bunk bed, 261 ice cubes, 262 charcoal, 263 fireplace, 264 glass marbles, 265 saloon doors, 266 wedge, 267 laboratory flask, 268 riding spur, 269 ship's mast, 270 steam boiler, 271 saddlebags, 272 screwdriver, 273 slice of toast, 274 canyon, 275 coat stand, 276 pine cone, 277 doorknob, 278 leaf, 279 leafy branch, 280 stadium, 281 hill, 282 cradle, 283 crib, 284 document, 285 chicken coop, 286 haystack, 287 bunch of grapes, 288 doghouse, 289 pea pod, 290 milk churn, 291 stop sign, 292 bus shelter, 293 park bench, 294 block, 295 perfume bottle, 296 shop counter, 297 spiral notebook, 298 briefcase, 299 floor of boards, 300 classical temple, 301 map, 302 satellite, 303 stone steps, 304 necktie, 305 volcano, 306 padlock, 307 screw, 308 nails, 309 kitchen sink, 310 tap, 311 electric fan, 312 comb, 313 tyre, 314 bricks, 315 dice, 316 button, 317 hook, 318 binoculars, 319 thermometer, 320 tripod, 321 propeller, 322 remote control, 323 fire extinguisher, 324 tongs, 325 smoking pipe, 326 whip, 327 pen, 328 wallet, 329 lipstick, 330 parachute, 331 raft, 332 gate, 333 hut, 334 factory, 335 prison, 336 pier, 337 maze, 338 podium, 339 shower, 340 trampoline, 341 dumpster, 342 nose, 343 foot, 344 tongue, 345 lips, 346 moustache, 347 beard, 348 ear, 349 bouquet, 350 pills, 351 chocolate bar, 352 bacon, 353 chain, 354 bomb, 355 window, 356 virus, 357 compact disc, 358 battery, 359 light switch, 360 electric plug, 361 wall socket, 362 bar of soap, 363 money, 364 calendar, 365 postage stamp, 366 newspaper, 367 sponge, 368 clothes iron, 369 hair dryer, 370 car engine, 371 elevator, 372 zipper, 373 cigarette, 374 cigar, 375 matches, 376 knot, 377 jigsaw puzzle, 378 toy bricks, 379 yo-yo, 380 vacuum cleaner, 381 sewing machine, 382 playing cards, 383 treehouse, 384 shop, 385 train station, 386 airport, 387 police station, 388 fire station, 389 petrol station, 390 dam, 391 zoo, 392 gym, 393 greenhouse, 394 tunnel, 395 garage, 396 computer monitor, 397 parcel, 398 roll of tape, 399 wire, 400 cork, 401 tiles, 402 spring, 403 trophy, 404 laser, 405 pump, 406 radiator, 407 garbage bag, 408 camera, 409 desktop computer, 410 television, 411 pistol, 412 rifle, 413 painting, 414 swimming pool, 415 curtains, 416 fork, 417 spoon, 418 microwave oven, 419 desk, 420 dustpan, 421 bathroom scale, 422 paint roller, 423 colander, 424 ironing board, 425 stepladder, 426 laundry basket, 427 toolbox, 428 bicycle helmet, 429 stethoscope, 430 water cooler, 431 pencil sharpener, 432 paper shredder, 433 hospital bed, 434 filing cabinet, 435 office chair, 436 lunchbox, 437 drinking fountain, 438 dishwasher, 439 coffee maker, 440 clothes hanger, 441 doormat, 442 rolling pin, 443 bird cage, 444 grave, 445 sarcophagus, 446 snowboard, 447 frisbee, 448 slingshot, 449 oars, 450 megaphone, 451 snorkel, 452 pacifier, 453 honeycomb, 454 cocoon, 455 clipboard, 456 bazooka, 457 detonator, 458 chessboard, 459 dominoes, 460 sweets, 461 pinata, 462 life jacket, 463 mausoleum, 464 forge, 465 barbecue grill, 466 sandcastle, 467 cool box, 468 piggy bank, 469 lawn mower, 470 pruning shears, 471 birdbath, 472 garden rake, 473 sleeping bag, 474 lifeguard tower, 475 thermos flask, 476 camp chair, 477 beach umbrella, 478 flip-flops, 479 party hat, 480 pickup truck, 481 camper van, 482 log cabin, 483 hermit crab, 484 mantel clock, 485 dog lead, 486 church pew, 487 jeep, 488 signpost, 489 wooden crate, 490 radishes, 491 life ring, 492 coffee grinder, 493 pepper mill, 494 milkshake, 495 dish rack, 496 cake stand, 497 menu holder, 498 chef's hat, 499 ladle, 500 saucepan, 501 soup tureen, 502 fondue pot, 503 cutting board, 504 ski poles, 505 cable car cabin, 506 ski boot, 507 snow shovel, 508 cowbell, 509 snow globe, 510 ice axe, 511 hurdle, 512 basketball hoop, 513 bunker, 514 watermelon slice, 515 slippers, 516 toothpaste tube, 517 towel rail, 518 plunger, 519 toilet roll, 520 soap dispenser, 521 car jack, 522 spirit level, 523 soldering iron, 524 hose reel, 525 bunsen burner, 526 bandage roll, 527 music stand, 528 box grater, 529 corkscrew, 530 can opener, 531 vegetable peeler, 532 fried egg, 533 boiled egg in an egg cup, 534 cocktail glass, 535 tea bag, 536 juice box, 537 picture frame, 538 nail polish, 539 salt and pepper shakers, 540 swimsuit, 541 underpants, 542 game controller, 543 pencil case, 544 water trough, 545 clothes horse, 546 hamster wheel, 547 licence plate, 548 hubcap, 549 windscreen wiper, 550 baby rattle, 551 leaf blower, 552 smoke detector, 553 hole punch, 554 glue stick, 555 ring binder, 556 cotton buds, 557 name badge, 558 litter box, 559 cat tree, 560 shipping container, 561 conveyor belt, 562 tissue box, 563 sticky notes, 564 pair of gloves, 565 whiteboard, 566 bubble wrap, 567 feather duster, 568 ball of yarn, 569 washing line, 570 umbrella stand, 571 bottle opener, 572 high chair, 573 nappy, 574 dog bed, 575 garden shed, 576 ice lolly, 577 corn on the cob, 578 chilli pepper, 579 bagel, 580 french fries, 581 burrito, 582 kebab, 583 samosa, 584 spring rolls, 585 macarons, 586 cinnamon roll, 587 pickle, 588 venus flytrap, 589 chicken drumstick, 590 bag of crisps, 591 slinky, 592 fidget spinner, 593 board game, 594 whoopee cushion, 595 magic 8 ball, 596 water balloon, 597 speedboat, 598 headband, 599 nachos, 600 hot tub, 601 sun lounger, 602 ceiling light, 603 lava lamp, 604 bean bag, 605 futon, 606 dressing table, 607 shoe rack, 608 coat hooks, 609 doorbell, 610 key ring, 611 pram, 612 toothbrush, 613 hairbrush, 614 mop and bucket, 615 hard hat, 616 clothes pegs, 617 jerry can, 618 hot water bottle, 619 tablecloth, 620 drinking straws, 621 game console, 622 safety razor, 623 lanyard, 624 rolling suitcase, 625 departure board, 626 passport, 627 boarding pass, 628 control tower, 629 security gate, 630 passenger seats, 631 duffel bag, 632 luggage cart, 633 station clock, 634 neck pillow, 635 ticket machine, 636 barber chair, 637 clothes rack, 638 mannequin, 639 sneaker, 640 high heel shoe, 641 shoe box, 642 shoe horn, 643 hair clippers, 644 deck chair, 645 fishing trawler, 646 ship's bell, 647 fishing float, 648 horseshoe, 649 barn door, 650 peg leg, 651 message in a bottle, 652 spider web, 653 wall mirror, 654 fish crate, 655 train wheel, 656 porcelain doll, 657 pirate hat, 658 dandelion, 659 telegraph key, 660 control panel, 661 solar panel, 662 torch sconce, 663 mixing desk, 664 quiver of arrows, 665 price tag, 666 cereal box, 667 milk carton, 668 display case, 669 walkie-talkie, 670 dog tags, 671 dinosaur skeleton, 672 covered wagon, 673 drawbridge, 674 pharaoh mask, 675 spellbook, 676 wanted poster, 677 jetpack, 678 hoverboard, 679 teleporter, 680 laser sword, 681 flying carpet, 682 gravestone, 683 geode, 684 rowing machine, 685 climbing wall, 686 skipping rope, 687 yoga mat, 688 boxing ring, 689 scoreboard, 690 ping pong table, 691 pool table, 692 bowling ball, 693 golf cart, 694 fire pit, 695 sundial, 696 captain's chair, 697 escape pod, 698 hologram table, 699 radar screen, 700 airlock door, 701 spittoon, 702 poker table, 703 cowboy boot, 704 shoji screen, 705 folding fan, 706 tatami mat, 707 low tea table, 708 bamboo water fountain, 709 geta sandals, 710 bento box, 711 temple bell, 712 hydroponic tray, 713 observation dome, 714 storage lockers, 715 folding screen, 716 pipe organ, 717 aquarium, 718 siege tower, 719 pillory, 720 stocks, 721 gallows, 722 bellows, 723 grindstone, 724 spit roast, 725 hay cart, 726 x-ray machine, 727 dentist chair, 728 astrolabe, 729 orrery, 730 server rack, 731 theremin, 732 dance floor, 733 popcorn machine, 734 musical triangle, 735 gong, 736 ferris wheel, 737 juggling clubs, 738 helter skelter, 739 teddy bear, 740 toffee apple, 741 roller coaster car, 742 high striker, 743 big top, 744 carousel horse, 745 bumper car, 746 cotton candy stand, 747 hot dog stand, 748 ring toss stall, 749 ticket booth, 750 circus wagon, 751 funhouse mirror, 752 trapeze, 753 clown shoes, 754 drum kit, 755 guitar amplifier, 756 lab bench, 757 celestial globe, 758 observatory, 759 meteorite, 760 alembic, 761 sextant, 762 stack of records, 763 circus hoop, 764 balloon cart, 765 carousel, 766 shipwreck, 767 suit, 768 percolator, 769 snuffbox, 770 finger, 771 rhubarb, 772 journal, 773 koala, 774 sloth, 775 moth, 776 vault door, 777 cash machine, 778 desk bell, 779 clapperboard, 780 film reel, 781 rope barrier, 782 kaleidoscope, 783 barber pole, 784 harmonica, 785 maracas, 786 sea turtle, 787 hippopotamus, 788 coral reef, 789 sphinx, 790 camel, 791 cobra, 792 runestone, 793 Viking helmet, 794 treasure chest, 795 Persian rug, 796 utility pole, 797 clover, 798 clownfish, 799 flail, 800 halberd, 801 wine rack, 802 yurt, 803 dreamcatcher, 804 tomahawk, 805 tipi, 806 potato, 807 salad, 808 tulip, 809 crossbow, 810 tomato, 811 overalls, 812 stack of tyres, 813 oil drum, 814 mechanic's creeper, 815 air compressor, 816 car battery, 817 tow truck, 818 garage door, 819 oil can, 820 motor oil bottle, 821 coveralls, 822 roller grill, 823 petrol price sign, 824 toy soldier, 825 box of crayons, 826 music box, 827 tricycle, 828 beach ball, 829 dollhouse, 830 weight bench, 831 bleachers, 832 pool ladder, 833 diving board, 834 swim goggles, 835 swim ring, 836 pool noodle, 837 stadium floodlight, 838 triceratops skull, 839 card catalogue, 840 banker's lamp, 841 ship in a bottle, 842 book cart, 843 ammonite, 844 lectern, 845 tapestry, 846 bread peel, 847 sundae, 848 chocolate fountain, 849 gingerbread house, 850 ice cream cart, 851 stand mixer, 852 macaron tower, 853 wedding cake, 854 neon sign, 855 baby mobile, 856 nightlight, 857 tyre pressure gauge, 858 baguette, 859 stack of books, 860 sleigh, 861 Christmas stocking, 862 bauble, 863 gingerbread man, 864 Christmas pudding, 865 advent wreath, 866 pile of presents, 867 nutcracker, 868 mooring mast, 869 rope ladder, 870 bell jar, 871 hand drill, 872 olive press, 873 laurel wreath, 874 Corinthian helmet, 875 kylix, 876 lyre, 877 trireme, 878 mountain, 879 classical statue, 880 dog sled, 881 icebreaker, 882 weather balloon, 883 ice core drill, 884 research hut, 885 iceberg, 886 narwhal, 887 radio mast, 888 film projector, 889 theatre masks, 890 dressing-room mirror, 891 stage trapdoor, 892 cinema seats, 893 ventriloquist dummy, 894 ghost light, 895 triclinium couch, 896 abacus, 897 aqueduct, 898 gladiator helmet, 899 legionary shield, 900 mosaic, 901 Colosseum, 902 arena gate, 903 beehive skep, 904 inkwell, 905 baptismal font, 906 censer, 907 rosary, 908 crozier, 909 reliquary, 910 potted lavender, 911 firefighter helmet, 912 fire axe, 913 fire pole, 914 police car, 915 police cap, 916 cell door, 917 fire alarm bell, 918 box of donuts, 919 shopping basket, 920 drinks fridge, 921 bunch of bananas, 922 milk bottle, 923 shop shelves, 924 grocery bag, 925 full shopping cart, 926 checkout counter, 927 roulette wheel, 928 slot machine, 929 poker chips, 930 cocktail shaker, 931 champagne tower, 932 blackjack table, 933 revolving door, 934 dice cup, 935 lion dance head, 936 dragon dance, 937 paifang gate, 938 bamboo steamer, 939 noodle soup, 940 firecrackers, 941 mooncake, 942 dumplings, 943 plum blossom tree, 944 red envelope, 945 tea whisk, 946 dragon kite, 947 pincushion, 948 monkey wrench, 949 paint can, 950 champagne bottle, 951 pillar box, 952 sorting cabinet, 953 rubber stamp, 954 coal tender, 955 envelope, 956 wax seal, 957 bolt of cloth, 958 hanging basket, 959 trellis arch, 960 potting bench, 961 tandoor, 962 sitar, 963 tabla, 964 cycle rickshaw, 965 auto rickshaw, 966 rickshaw, 967 snake charmer's basket, 968 spice display, 969 chhatri, 970 wingback armchair, 971 cigar box, 972 jharokha, 973 potted palm, 974 stilts, 975 thumbs-up, 976 floor hatch, 977 taxi, 978 heart monitor, 979 lentils, 980 bayonet, 981 turban, 982 railway axle, 983 bird feeder, 984 papel picado, 985 pan de muerto, 986 Catrina, 987 marigold garland, 988 incense burner, 989 prayer flags, 990 prayer wheel, 991 stupa, 992 dungchen, 993 singing bowl, 994 butter churn, 995 butter lamps, 996 thangka, 997 rope bridge, 998 seated Buddha, 999 stone cairn, 1000 dorje, 1001 caber, 1002 haggis, 1003 curling stone, 1004 kilt, 1005 sporran, 1006 thistle, 1007 tam o'shanter, 1008 crosscut saw, 1009 sawmill, 1010 peavey, 1011 water wheel, 1012 chopping block, 1013 logging sled, 1014 lunch pail, 1015 saw blade, 1016 loupe, 1017 tweezers, 1018 pendant, 1019 brooch, 1020 ring box, 1021 clogs, 1022 canal boat, 1023 canal house, 1024 footstool, 1025 cheese barrow, 1026 cheese press, 1027 beaver, 1028 highland cow, 1029 yak, 1030 ambulance, 1031 T-square, 1032 cricket bat, 1033 cricket stumps, 1034 garden roller, 1035 tombola, 1036 coconut shy, 1037 maypole, 1038 lych gate, 1039 rosette, 1048 gayageum, 1049 janggu, 1050 hanbok, 1051 bibimbap, 1052 bingsu, 1053 haetae, 1054 dol hareubang, 1055 onggi, 1064 heavy bomber, 1065 brig, 1066 fortepiano, 1067 divan, 1068 shawl, 1069 car headlight, 1070 cathedral, 1071 porch, 1056 seed packet, 1057 lawn sprinkler, 1058 grow light, 1059 mushroom rack, 1060 strawberry plant, 1061 pitcher plant, 1062 bee smoker, 1063 origami crane, 1040 plague doctor mask, 1041 jester hat, 1042 winged lion, 1043 palazzo, 1044 bauta mask, 1045 palanquin, 1046 machete, 1047 dugout canoe, 1096 rose, 1097 convertible, 1098 pamphlet, 1099 pedestal, 1100 animal hide, 1101 printing press, 1102 oil derrick, 1103 spatula, 1104 window shutters, 1105 portrait, 1106 t-shirt, 1107 plant stem, 1072 pigeon, 1073 sparrow, 1074 magpie, 1075 robin, 1076 crow, 1077 gull, 1078 kingfisher, 1079 swallow, 1080 lizard, 1081 gecko, 1082 iguana, 1083 chameleon, 1084 salamander, 1085 axolotl, 1086 komodo dragon, 1087 crocodile, 1088 river delta, 1089 peninsula, 1090 fjord, 1091 mesa, 1092 geyser, 1093 crater, 1094 oasis, 1095 archipelago, 1108 cabbage, 1109 lettuce, 1110 cauliflower, 1111 broccoli, 1112 onion, 1113 garlic, 1114 eggplant, 1115 leek, 1116 celery, 1117 cucumber, 1118 artichoke, 1119 asparagus, 1120 avocado, 1121 kale, 1122 brussels sprouts, 1123 zebra, 1124 warthog, 1125 acacia, 1126 baobab, 1127 calabash, 1128 termite mound, 1129 maasai shield, 1130 maasai hut, 1147 toucan, 1148 pelican, 1149 puffin, 1150 turkey, 1151 ostrich, 1152 dodo, 1153 flamingo, 1154 heron, 1139 corrugated water tank, 1140 swag, 1141 ute, 1142 branding iron, 1143 outhouse, 1144 windpump, 1145 billy can, 1146 kookaburra, 1131 tagine, 1132 mashrabiya, 1133 horseshoe arch doorway, 1134 babouches, 1135 stack of rolled carpets, 1136 zellige fountain, 1137 didgeridoo, 1138 galah, 1155 tiki statue, 1156 outrigger canoe, 1157 ukulele, 1158 lei, 1159 coconut cup, 1160 conch shell, 1161 ski lift gondola, 1162 alphorn, 1179 llama, 1180 quipu, 1181 stirrup spout vessel, 1182 pan flute, 1183 tumi, 1184 chullo, 1185 condor, 1186 reed boat, 1163 saint bernard, 1164 fondue pot, 1165 alpine church, 1166 ham, 1167 ox yoke, 1168 cufflinks, 1169 monastery, 1170 canoe paddle, 1171 carnival headdress, 1172 brigadeiros, 1173 giant water lily, 1174 stilt house, 1175 tambourine, 1176 capybara, 1177 piranha, 1178 banana plant, 1187 honey extractor, 1188 beehive frame, 1189 wine press, 1190 honey dipper, 1191 beekeeper's hat, 1192 grapevine trellis, 1193 wine barrel rack, 1194 winery, 1195 trousers, 1196 shorts, 1197 folded napkin, 1198 sail, 1199 furnace, 1200 ivy, 1201 roast chicken, 1202 round hay bale, 1203 road train, 1204 brahman bull, 1205 basset hound, 1206 python, 1207 pansy, 1208 nestlings, 1209 carnival float, 1210 grass skirt, 1211 overflowing sack, 1212 rolled carpet, 1213 mob cap, 1214 marquee, 1215 farming terraces, 1216 pheasant, 1217 Orthodox church, 1218 samovar, 1219 matryoshka dolls, 1220 balalaika, 1221 ushanka, 1222 Russian stove, 1223 duga, 1224 icon, 1225 simit, 1226 nazar, 1227 Turkish tea glass, 1228 hamam, 1229 mosaic lamp, 1230 Turkish delight, 1231 beignets, 1232 voodoo doll, 1233 crab, 1234 pint of stout, 1235 currach, 1236 fish and chips, 1237 bodhran, 1238 pub sign, 1239 cod, 1240 shotgun house, 1241 elm, 1242 sapling, 1243 maple, 1244 ginkgo, 1245 dogwood, 1246 oak, 1247 birch, 1248 ash, 1249 magazine, 1250 encyclopedias, 1251 photo album, 1252 journal, 1253 paperback, 1254 dictionary, 1255 instruction leaflet, 1256 quill and inkwell, 1257 entrance, 1258 magic portal, 1259 farmhouse, 1260 boardinghouse, 1261 parsonage, 1262 oyster, 1263 balustrade, 1264 banister, 1265 bald eagle, 1266 falcon, 1267 vulture, 1268 cockatoo, 1269 budgerigar, 1270 loon, 1271 gamecock, 1272 nightingale, 1273 boxcar, 1274 tram, 1275 tea trolley, 1276 buggy, 1277 sulky, 1278 oxcart, 1279 troika, 1280 jet airliner, 1281 hoe, 1282 trowel, 1283 plough, 1284 crowbar, 1285 candle snuffer, 1286 conductor's baton, 1287 clothes brush, 1288 trip hammer, 1289 hopper, 1290 closet, 1291 flower bud, 1292 salmon, 1293 tin of sardines, 1294 Mars, 1295 beer stein, 1296 open drawer, 1297 French horn, 1298 fedora, 1299 apron, 1300 nun, 1301 muff, 1302 lotus, 1303 orchid, 1304 peony, 1305 melon, 1306 bowl of berries, 1307 crackers, 1308 roots, 1309 pea pods, 1310 leg of lamb, 1311 pork chop, 1312 T-bone steak, 1313 corral, 1314 rain gutter, 1315 pipe manifold, 1316 gable, 1317 airway, 1318 tunnel, 1319 railway track, 1320 catheter, 1321 coin, 1322 amulet, 1323 bead, 1324 tick, 1325 louse, 1326 cockroach, 1327 bumblebee, 1328 leafhopper, 1329 tall ship, 1330 ketch, 1331 oil tanker, 1332 Zero fighter, 1333 aircraft carrier, 1334 bucking bronco, 1335 armadillo, 1336 bison, 1337 cottonmouth, 1338 sidewinder, 1339 electric cable, 1340 daybed, 1341 fauteuil, 1342 blanket, 1343 window blind, 1344 banner, 1345 lilac bush, 1346 oleander, 1347 sagebrush, 1348 hydrangea, 1349 boxwood hedge, 1350 azalea, 1351 bramble, 1352 heather, 1353 honeysuckle, 1354 manzanita, 1355 hollyhock, 1356 myrtle, 1357 columbine, 1358 snapdragon, 1359 gentian, 1360 frangipani, 1361 wallflower, 1362 verbena, 1363 periwinkle, 1364 tuft of grass, 1365 stamens, 1366 railing, 1367 magic wand, 1368 ramrod, 1369 corset, 1370 bridal veil, 1371 cassock, 1372 nightgown, 1373 suspenders, 1374 rain slicker, 1375 mackinaw, 1376 tuxedo, 1377 bluefish, 1378 locust, 1379 mackerel, 1380 perch, 1381 pony, 1382 foal, 1383 puppy, 1384 kitten, 1385 panther, 1386 hare, 1387 toad, 1388 possum, 1389 wolf, 1390 coyote, 1391 spaniel, 1392 terrier, 1393 newfoundland, 1394 ocelot, 1395 wildcat, 1396 hereford, 1397 bull, 1398 ox in its yoke, 1399 water buffalo, 1400 calf, 1401 lamb, 1402 warhorse, 1403 nag, 1404 piglet, 1405 rock formation, 1406 rock ledge, 1407 mountain range, 1408 glacier, 1409 meteor, 1410 pebbles, 1411 asteroid, 1412 ridge, 1413 spiral galaxy, 1414 nebula, 1415 black hole, 1416 solar system, 1417 aurora, 1418 eclipse, 1419 wormhole, 1420 constellation, 1421 barracks, 1422 jousting lance, 1423 clodhopper, 1424 down, 1425 sandals, 1426 warehouse, 1427 crate of produce, 1428 handlebar, 1429 holster, 1430 micelle, 1431 air vent, 1432 schoolhouse, 1433 cutlass, 1434 beech, 1435 worksheet, 1436 blossom, 1437 cabana, 1438 buckboard, 1439 poncho, 1440 pasture, 1441 mine shaft, 1442 general, 1443 sharpening steel, 1444 kick scooter, 1445 motor scooter, 1446 clock tower, 1447 kettle, 1448 watering can, 1449 fox, 1450 pair of sneakers, 1451 submersible, 1452 pressure hatch, 1453 sea anemone, 1454 kelp, 1455 sea urchin, 1456 speargun, 1457 tube worms, 1458 diving suit, 1459 giant squid, 1460 hydrothermal vent, 1461 sonar console, 1462 underwater drone, 1463 dome habitat, 1464 floodlight, 1465 drive-in speaker, 1466 ketchup bottle, 1467 drive-in screen, 1468 popcorn bucket, 1469 napkin dispenser, 1470 banana split, 1471 basket of fries, 1472 mustard bottle, 1473 diner stool, 1474 diner counter, 1475 Eiffel Tower, 1476 Leaning Tower of Pisa, 1477 Statue of Liberty, 1478 Taj Mahal, 1479 Great Wall, 1480 Stonehenge, 1481 Sydney Opera House, 1482 Golden Gate Bridge, 1483 Empire State Building, 1484 Tower Bridge, 1485 Arc de Triomphe, 1486 moai, 1487 Burj Khalifa, 1488 White House, 1489 Christ the Redeemer, 1490 Mount Rushmore, 1491 bonnet, 1492 cape, 1493 antelope, 1494 marketplace, 1495 backdrop, 1496 capillary, 1497 Venus, 1498 puffball, 1499 snowflake, 1500 ocean wave, 1501 phoenix, 1502 acorn, 1503 wind chime, 1504 hydra, 1505 cyclops, 1506 koi, 1514 wristwatch, 1515 fork, 1516 spoon, 1517 whisk, 1518 paintbrush, 1507 scallop shell, 1508 nautilus shell, 1509 hummingbird, 1510 dolphin, 1511 moth, 1512 bat, 1513 stag, 1519 village, 1520 city, 1521 necktie, 1522 barnacles, 1523 rubber duck, 1524 scissors, 1525 bow and arrow, 1526 horse, 1527 unicorn, 1528 tortoise, 1529 tank, 1530 sunflower, 1531 frog, 1532 dragon, 1533 windmill, 1534 submarine, 1535 owl, 1536 snail, 1537 crescent moon, 1538 floor lamp, 1539 sweater, 1540 chess knight, 1541 tiara, 1542 griffin, 1543 shark, 1544 saxophone, 1545 desk lamp, 1546 wizard's staff, 1547 lobster, 1548 sock, 1549 tree stump, 1550 lily pad, 1551 hedgehog (vehicles: see vehicle)"),
    "whiskers": (0, 1, "a rodent: 0.5 up a pointed whiskered snout, big round ears, tucked legs"),
    "figure": (0, 52, "a character or figure: 1 wizard, 2 witch, 3 skeleton, 4 zombie, 5 mummy, 6 vampire, 7 knight, 8 king or queen, 9 werewolf, 10 minotaur, 11 centaur, 12 mermaid, 13 troll, 14 goblin, 15 golem, 16 lich, 17 angel, 18 demon, 19 fairy, 20 pirate, 21 ninja, 22 chef, 23 cowboy, 24 bust, 25 dwarf, 26 elf, 27 archer, 28 monster, 29 slime, 30 astronaut, 31 skull, 32 gorgon, 33 ape or monkey, 34 alien, 35 jester, 36 clown, 37 scientist, 38 Frankenstein's monster, 39 nurse, 40 Viking, 41 someone in uniform, 42 explorer, 43 detective, 44 gangster, 45 sailor, 46 mariachi, 47 bride, 48 monk, priest or judge in a robe, 49 farmer, 50 painter, 51 musician, 52 ballet dancer"),
    "pair": (0, 1, "two of it side by side: a pair of shoes"),
    "cab": (0, 1, "a driver's cab before a load: a lorry; low, a tractor"),
    "rest": (0, 1, "0.5 up lying down asleep, legs folded, head low, eyes shut (four-legged creatures)"),
    "vehicle": (0, 11, "a special vehicle: 1 war chariot, 2 bulldozer, 3 excavator, 4 snowmobile, 5 road roller, 6 railway carriage, 7 handcar, 8 coal wagon, 9 dump truck, 10 cement mixer truck, 11 lunar rover"),
    "dish": (0, 20, "a prepared food: 1 pizza, 2 pie, 3 waffle, 4 pancakes, 5 cookie, 6 burger, 7 sandwich, 8 doughnut, 9 ice cream, 10 cupcake, 11 sushi, 12 hot dog, 13 croissant, 14 taco, 15 layer cake, 16 lollipop, 17 steak, 18 pretzel, 19 cotton candy, 20 bowl of soup"),
}  # fmt: skip
"""Family parameters by name: (minimum, maximum, meaning). Counts are rounded when built;
each family reads the ones that apply to it and ignores the rest."""

COMPANION_PLACES: tuple[str, ...] = (
    "on", "head", "in", "above", "over", "around", "fill", "under", "hand", "case", "holder",
    "behind", "within",
)  # fmt: skip
"""Where a second thing sits: on the object's top ("a tortoise carrying a forest on its back"),
on its head (the top of its front: "a cat with a top hat on its head"), in its top opening ("a
bathtub full of stars"), floating above it ("a teapot boiling a thunderstorm"), small copies
all over its surface: what it is built from or what grows on it ("a giraffe made of stacked
books", "boots with mushrooms sprouting from them"), a swarm circling it ("a lantern with
fireflies swirling around it"), or stuff filling its top opening to the brim ("a jar of honey",
"a cup of coffee": its shape is not built, only ``made_of``), or under it, what it rests or
floats on ("a rowboat floating on a cloud"), or in a figure's hand, what it holds or carries
("a scarecrow with a lantern", "a knight holding a sword"), or round it, what it is shut inside
("a brain in a jar", "a rat in a cage"), or round its lower part, the open thing it sits in ("a
black hole in a teacup", "a kitten in a basket"), or behind it on the ground, what it pulls ("an
ox pulling a cart", "a tugboat towing a barge"), or living or caught inside it ("a trumpet of
coral with tiny fish living inside", "amber with ants trapped inside"): seen through it where
it is see-through, else peeking out of round holes in its front."""

SHAPE_SOURCES: tuple[str, ...] = ("archetype", "lexicon", "embedding", "model", "fallback")
"""Where the shape came from: a hand-made archetype named in the text, the noun table (WordNet
hypernyms), the nearest family description by sentence embedding, the language model's choice,
or the most general family because nothing placed the noun."""

GROUNDED_APPLIANCES: frozenset[int] = frozenset(
    (*range(205, 215), *range(224, 239), 241, 247, 274, 280)
)
"""The device family's appliances that are rooms or places (a bedroom, a bar, a pond, a
forest): what is in them stands on their floor or ground."""


def _kinds(*spans: tuple[str, tuple[int, ...]]) -> dict[int, str]:
    return {n: kind for kind, numbers in spans for n in numbers}


APPLIANCE_KINDS = _kinds(
    ("building", (125, 280, 285, 288, 300, 333, 334, 335, 384, 385, 386, 387, 388, 389, 392, 393,
                  395, 463, 474, 482, 513, 575, 743, 749, 758, 802, 805, 829, 849, 884, 901, 969,
                  972, 991, 1023, 1043, 1070, 1071, 1130, 1143, 1165, 1169, 1174, 1194, 1217, 1228,
                  1240, 1421, 1426, 1432, 1437, 1441, 1463, 1478, 1481, 1488, 1519, 1520)),
    ("container", (21, 135, 148, 188, 197, 298, 341, 397, 426, 427, 436, 467, 489, 543, 544, 558,
                   560, 562, 617, 624, 631, 641, 794, 825, 909, 918, 919, 924, 938, 949, 958, 967,
                   971, 1014, 1020, 1427, 1429)),
    ("vessel", (290, 423, 475, 500, 501, 502, 813, 875, 904, 905, 922, 930, 934, 939, 993, 994,
                1055, 1131, 1139, 1181, 1295, 1447, 1448, 1466, 1468, 1472)),
    ("@chair", (435, 476, 572, 636, 644)),
    ("seat", (601, 605, 630, 831, 892, 895, 970, 1024, 1067, 1340, 1341, 1473)),
    ("wheeled", (480, 481, 487, 611, 672, 693, 725, 745, 750, 764, 817, 827, 842, 850, 860, 880,
                 914, 925, 954, 964, 965, 966, 977, 1013, 1030, 1097, 1141, 1203, 1273, 1274, 1275,
                 1276, 1277, 1278, 1279, 1438, 1444, 1445, 1529)),
    ("boat", (597, 645, 766, 877, 881, 1022, 1047, 1065, 1156, 1186, 1198, 1329, 1330, 1331, 1333,
              1451, 1462, 1534)),
    ("footwear", (506, 515, 639, 640, 753, 1021, 1134, 1423, 1425, 1450, 1548)),
    ("flower", (658, 808, 1006, 1096, 1107, 1173, 1207, 1291, 1302, 1303, 1304, 1355, 1357, 1358,
                1359, 1360, 1361, 1362, 1363, 1365, 1436, 1530)),
    ("shrub", (771, 797, 910, 1060, 1061, 1192, 1200, 1345, 1346, 1347, 1348, 1349, 1350, 1351,
               1352, 1353, 1354, 1356, 1364, 1454)),
    ("fruit", (806, 810, 858, 921, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117,
               1118, 1119, 1120, 1121, 1122, 1127, 1305, 1306, 1307, 1309, 1310, 1311, 1312, 1502)),
    ("hat", (428, 479, 498, 615, 657, 793, 874, 898, 911, 915, 981, 1007, 1041, 1171, 1184, 1191,
             1213, 1221, 1298, 1491, 1541)),
    ("garment", (540, 541, 767, 811, 821, 1004, 1050, 1068, 1106, 1195, 1196, 1210, 1299, 1369,
                 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1439, 1458, 1492, 1521)),
    ("tower", (150, 628, 718, 738, 796, 837, 868, 887, 1102, 1446, 1475, 1476, 1483, 1487)),
    ("insect", (483, 775, 1233, 1324, 1325, 1326, 1327, 1328, 1378, 1511, 1522, 1547)),
    ("quadruped", (773, 774, 786, 787, 789, 790, 1027, 1028, 1029, 1053, 1080, 1081, 1082, 1083,
                   1084, 1085, 1086, 1087, 1123, 1124, 1163, 1176, 1179, 1204, 1205, 1334, 1335,
                   1336, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392,
                   1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1449,
                   1493, 1513, 1526, 1527, 1528, 1531, 1532, 1542, 1551)),
    ("fish", (798, 886, 1177, 1239, 1292, 1377, 1379, 1380, 1506, 1510, 1543)),
    ("rock", (878, 885, 999, 1091, 1093, 1405, 1406, 1407, 1408, 1410, 1411, 1412)),
    ("biped", (867, 879, 893, 986, 998, 1054, 1300, 1442, 1505)),
    ("string_instrument", (876, 962, 1048, 1157, 1220)),
    ("light", (840, 856, 894, 995, 1058, 1069, 1464, 1545)),
    ("cabinet", (839, 920, 923, 952, 1296)),
    ("serpent", (791, 1206, 1337, 1338, 1504, 1536)),
    ("blade", (800, 804, 980, 1046, 1183, 1422, 1433, 1443)),
    ("tool", (799, 846, 871, 912, 948, 1008, 1010, 1017, 1031, 1032, 1103, 1281, 1282, 1283, 1284,
              1285, 1286, 1287, 1288, 1367, 1368, 1517, 1518, 1546)),
    ("tree", (943, 973, 1125, 1126, 1178, 1241, 1242, 1243, 1244, 1245, 1246, 1247, 1248, 1434, 1549)),
    ("drum", (963, 1049, 1175, 1237)),
    ("wind_instrument", (992, 1137, 1162, 1182, 1297, 1544)),
    ("jewelry", (1018, 1019, 1158, 1321, 1322, 1323, 1514)),
    ("aircraft", (1064, 1280, 1332)),
    ("furniture", (1066,)),
    ("bird", (1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079, 1138, 1146, 1147, 1148, 1149, 1150,
              1151, 1152, 1153, 1154, 1185, 1208, 1216, 1265, 1266, 1267, 1268, 1269, 1270, 1271,
              1272, 1501, 1509, 1512, 1535)),
    ("celestial", (1294, 1409, 1413, 1414, 1415, 1416, 1418, 1419, 1420, 1497)),
    ("arch", (1313, 1314, 1315, 1317, 1318, 1319, 1320, 1366, 1482, 1484, 1485)),
    ("sheet", (1342, 1344, 1435)),
    ("cephalopod", (1459,)),
)  # fmt: skip
"""The device family's appliances that are a thing of another family's kind (a prison is a
building, a lunchbox a container, a pickup a wheeled vehicle, a hard hat a hat, a crow a bird):
worn on the head like a hat, holding things in the beak like a creature, standing up out of a
vase like a plant, not covered in feathers when made of them like a bird, and counted by
``figment bench shapes`` where the labels want that kind."""


def kind_of(family: str | None, params: dict[str, float]) -> str:
    """The kind of thing a shape is: its family, or for the device family the kind its own
    build is (``APPLIANCE_KINDS``: a crow's build is a bird), else "device"; "" for none."""
    if family == "device":
        return APPLIANCE_KINDS.get(round(params.get("appliance", 0)), "device")
    return family or ""


MATERIALS: tuple[str, ...] = (
    "glass", "clockwork", "coral", "smoke", "brass", "gold", "silver", "iron", "rust", "chrome",
    "wood", "stone", "marble", "bone", "paper", "ice", "water", "fire", "light", "fabric",
    "velvet", "leather", "porcelain", "wax", "crystal", "moss", "honey", "ink", "cloud",
    "starlight", "obsidian", "amber", "pearl", "sugar", "flesh", "feathers", "scales", "shadow",
    "plastic", "clay", "chocolate", "bread", "cheese", "cardboard", "newsprint", "maps",
    "leaves", "needles", "wire", "foil", "fur", "coins", "buttons", "berries", "stained glass",
    "chains", "keys", "teeth", "bones", "shells", "marbles", "dice", "cards", "books", "bubbles",
    "nails", "pencils", "matches", "spoons", "candles", "bricks", "pebbles", "sugar cubes", "lava",
    "sand", "honeycomb", "bamboo", "concrete", "straw", "petals", "wool", "bark", "pasta",
    "seaweed", "toy bricks", "sushi", "sprinkles", "ice cream", "lace", "licorice", "waffle",
    "bacon", "pizza", "cookie", "popcorn", "watermelon", "citrus", "pumpkin", "salt", "denim",
    "cork", "bubble wrap", "barbed wire", "gingerbread", "peacock feathers",
    "cactus", "circuit board", "chainmail", "blue cheese", "salami",
    "pancakes", "granite", "jade stone", "sea glass", "soap", "silk", "patchwork", "neon", "vinyl",
    "marshmallow", "walnut shells", "citrus peel", "broad leaves", "bottle caps", "tin cans",
    "nuts and bolts", "eyeballs", "banknotes", "bubblegum", "pretzel",
)  # fmt: skip
"""What things can be made of; each maps to PBR defaults in the mesh stage. Some are many small
things (coins, keys, playing cards, soap bubbles ...): an object made of them is covered in them."""

PARTS: tuple[str, ...] = (
    "wings", "legs", "tentacles", "eyes", "teeth", "spikes", "roots", "handle", "horns", "tail",
    "petals", "gears", "chains", "flames", "antennae", "leaves", "windows", "wheels", "fins",
    "halo", "breath", "vines",
)  # fmt: skip
"""Extra parts that can be attached to any archetype."""

MODIFIERS: tuple[str, ...] = (
    "melting", "twisted", "bent", "fractured", "hollow", "inside_out", "swarm",
    "impossible_scale", "eyes", "teeth", "floating", "noise", "stretched",
    "raining", "rising", "frozen", "burning", "folded", "becoming", "upside_down", "covered",
    "lightning", "unravelling", "tangled", "blowing_away", "unfolding", "sinking", "bitten",
)  # fmt: skip
"""Surreal modifiers, each applied as real geometry by the mesh stage."""

PATTERNS: tuple[str, ...] = ("", "rainbow", "striped", "spotted", "checked")
"""Colour patterns a material can wear over its own texture ("a rainbow teapot", "a striped
mug", "a polka-dot mushroom", "a chequered table"): rainbow bands, or the base colour with
white stripes, dots or squares; empty is plain."""

MOTIONS: tuple[str, ...] = (
    "bob", "spin", "pulse", "breathe", "sway", "orbit", "flicker", "drift",
)  # fmt: skip
"""Motion hints the engine bridges animate; the mesh stage also builds the first ``breathe`` into the
GLB (a morph target and its looping animation), which the bridges then play instead."""

SOUNDS: tuple[str, ...] = (
    "drone", "chime", "ticking", "breathing", "granular", "heartbeat", "hum", "whisper",
    "bubbles", "wind", "bells", "crackle", "creak", "choir", "pulse",
)  # fmt: skip
"""Sound descriptors the sound stage synthesizes."""

Unit = Annotated[float, Field(ge=0.0, le=1.0)]

_STRICT = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


def _one_of(vocabulary: tuple[str, ...], field: str, value: str) -> str:
    if value not in vocabulary:
        raise ValueError(f"{field} must be one of: {', '.join(vocabulary)} (got {value!r})")
    return value


def _params_in_range(value: dict[str, float], field: str) -> dict[str, float]:
    for name, v in value.items():
        _one_of(tuple(SHAPE_PARAMS), field, name)
        lo, hi, _ = SHAPE_PARAMS[name]
        if not lo <= v <= hi:
            raise ValueError(f"{field}.{name} must be in [{lo:g}, {hi:g}] (got {v})")
    return value


class Vec3(BaseModel):
    """A size or position in metres."""

    model_config = _STRICT
    x: float = Field(description="metres")
    y: float = Field(description="metres")
    z: float = Field(description="metres")


class Color(BaseModel):
    """Linear RGBA, each channel in [0, 1]."""

    model_config = _STRICT
    r: Unit = Field(description="red")
    g: Unit = Field(description="green")
    b: Unit = Field(description="blue")
    a: Unit = Field(default=1.0, description="alpha")


class Material(BaseModel):
    """A PBR material and what it is made of."""

    model_config = _STRICT
    made_of: str = Field(description="one of MATERIALS")
    base_color: Color = Field(description="base colour")
    metallic: Unit = Field(default=0.0, description="metalness")
    roughness: Unit = Field(default=0.5, description="roughness")
    emissive: Color = Field(default=Color(r=0, g=0, b=0), description="emitted colour")
    emissive_strength: float = Field(default=0.0, ge=0.0, le=10.0, description="emission")
    opacity: Unit = Field(default=1.0, description="1 is opaque")
    pattern: str = Field(default="", description="one of PATTERNS: a colour pattern over it")

    @field_validator("made_of")
    @classmethod
    def _known_material(cls, value: str) -> str:
        return _one_of(MATERIALS, "made_of", value)

    @field_validator("pattern")
    @classmethod
    def _known_pattern(cls, value: str) -> str:
        return _one_of(PATTERNS, "pattern", value)


class Modifier(BaseModel):
    """A surreal modifier applied to the geometry."""

    model_config = _STRICT
    kind: str = Field(description="one of MODIFIERS")
    amount: Unit = Field(default=0.5, description="strength")
    count: int = Field(default=1, ge=1, le=64, description="copies, for swarm")
    color: Color | None = Field(
        default=None,
        description='what the twist grows, in this colour ("blue flames"); None: its own',
    )

    @field_validator("kind")
    @classmethod
    def _known_modifier(cls, value: str) -> str:
        return _one_of(MODIFIERS, "kind", value)


class Motion(BaseModel):
    """A motion hint the engine animates."""

    model_config = _STRICT
    kind: str = Field(description="one of MOTIONS")
    amplitude: float = Field(default=0.1, ge=0.0, le=2.0, description="metres, fraction or turns")
    frequency_hz: float = Field(default=0.5, ge=0.0, le=10.0, description="cycles per second")

    @field_validator("kind")
    @classmethod
    def _known_motion(cls, value: str) -> str:
        return _one_of(MOTIONS, "kind", value)


class SoundDescriptor(BaseModel):
    """What the object sounds like."""

    model_config = _STRICT
    kind: str = Field(description="one of SOUNDS")
    pitch_hz: float = Field(default=220.0, ge=20.0, le=4000.0, description="base pitch")
    tempo_bpm: float = Field(default=60.0, ge=0.0, le=400.0, description="events per minute")
    brightness: Unit = Field(default=0.5, description="spectral tilt")
    loudness: Unit = Field(default=0.7, description="relative level")

    @field_validator("kind")
    @classmethod
    def _known_sound(cls, value: str) -> str:
        return _one_of(SOUNDS, "kind", value)


class Span(BaseModel):
    """Where in the source text a field came from (character offsets, end exclusive)."""

    model_config = _STRICT
    field: str = Field(max_length=64, description="field path, e.g. materials[0].made_of")
    start: int = Field(ge=0, le=100_000, description="first character")
    end: int = Field(ge=0, le=100_000, description="one past the last character")


SIZE_MIN_M = 0.01
SIZE_MAX_M = 100.0


class Companion(BaseModel):
    """A second thing the object holds, carries or brews, built at a fraction of its size."""

    model_config = _STRICT
    archetype: str = Field(description="one of ARCHETYPES (a stand-in when family is set)")
    family: str = Field(default="", description="one of FAMILIES; empty: the archetype")
    params: dict[str, float] = Field(
        default_factory=dict, max_length=len(SHAPE_PARAMS), description="SHAPE_PARAMS"
    )
    place: str = Field(default="on", description="one of COMPANION_PLACES")
    count: int = Field(default=1, ge=1, le=32, description="copies, scattered (stars in a tub)")
    made_of: str = Field(default="", description="one of MATERIALS; empty: the object's second")
    scale: float = Field(default=0.4, ge=0.05, le=1.0, description="of the object's size")
    color: Color | None = Field(
        default=None, description='in this colour ("a green potion"); None: its stuff\'s own'
    )

    @field_validator("archetype", "family", "place", "made_of")
    @classmethod
    def _known(cls, value: str, info: ValidationInfo) -> str:
        name = info.field_name or ""
        if not value and name in ("family", "made_of"):  # empty: none of its own
            return value
        vocabulary = {"archetype": ARCHETYPES, "family": FAMILIES, "place": COMPANION_PLACES}
        return _one_of(vocabulary.get(name, MATERIALS), f"companions.{name}", value)

    @field_validator("params")
    @classmethod
    def _params_in_range(cls, value: dict[str, float]) -> dict[str, float]:
        return _params_in_range(value, "companions.params")


class ObjectSpec(BaseModel):
    """A hallucinated object, ready to build."""

    model_config = _STRICT
    name: str = Field(min_length=1, max_length=80, description="a short name")
    archetype: str = Field(description="one of ARCHETYPES")
    parts: list[str] = Field(default_factory=list, max_length=8, description="extra parts")
    size: Vec3 = Field(
        description=f"bounding size in metres, each axis in [{SIZE_MIN_M}, {SIZE_MAX_M}]; the mesh "
        "fits inside it undistorted, touching it on one axis"
    )
    materials: list[Material] = Field(min_length=1, max_length=4, description="first is primary")
    modifiers: list[Modifier] = Field(default_factory=list, max_length=6, description="surreal")
    motions: list[Motion] = Field(default_factory=list, max_length=4, description="animation")
    sounds: list[SoundDescriptor] = Field(default_factory=list, max_length=4, description="sound")
    spans: list[Span] = Field(default_factory=list, max_length=64, description="provenance")
    family: str = Field(
        default="", description="one of FAMILIES, built instead of the archetype; empty: none"
    )
    params: dict[str, float] = Field(
        default_factory=dict,
        max_length=len(SHAPE_PARAMS),
        description="family parameters (SHAPE_PARAMS)",
    )
    shape_source: str = Field(default="archetype", description="one of SHAPE_SOURCES")
    shape_confidence: Unit = Field(
        default=1.0, description="how sure the shape is the named thing; low for a guess"
    )
    companions: list[Companion] = Field(
        default_factory=list, max_length=2, description="things it holds, carries or brews"
    )

    @field_validator("archetype")
    @classmethod
    def _known_archetype(cls, value: str) -> str:
        return _one_of(ARCHETYPES, "archetype", value)

    @field_validator("parts")
    @classmethod
    def _known_parts(cls, value: list[str]) -> list[str]:
        return [_one_of(PARTS, "parts", part) for part in value]

    @field_validator("size")
    @classmethod
    def _size_in_range(cls, value: Vec3) -> Vec3:
        for axis in ("x", "y", "z"):
            v = getattr(value, axis)
            if not SIZE_MIN_M <= v <= SIZE_MAX_M:
                raise ValueError(f"size.{axis} must be in [{SIZE_MIN_M}, {SIZE_MAX_M}] m (got {v})")
        return value

    @field_validator("family")
    @classmethod
    def _known_family(cls, value: str) -> str:
        return value and _one_of(FAMILIES, "family", value)

    @field_validator("params")
    @classmethod
    def _params_in_range(cls, value: dict[str, float]) -> dict[str, float]:
        return _params_in_range(value, "params")

    @field_validator("shape_source")
    @classmethod
    def _known_source(cls, value: str) -> str:
        return _one_of(SHAPE_SOURCES, "shape_source", value or "archetype")

    def has(self, modifier: str) -> Modifier | None:
        """The first modifier of this kind, or None."""
        return next((m for m in self.modifiers if m.kind == modifier), None)


VOCABULARY: dict[str, tuple[str, ...]] = {
    "archetypes": ARCHETYPES,
    "families": FAMILIES,
    "materials": MATERIALS,
    "parts": PARTS,
    "modifiers": MODIFIERS,
    "patterns": PATTERNS[1:],
    "motions": MOTIONS,
    "sounds": SOUNDS,
    "shape_params": tuple(SHAPE_PARAMS),
    "shape_sources": SHAPE_SOURCES,
    "companion_places": COMPANION_PLACES,
}
"""Every vocabulary by name, as listed by Describe."""
