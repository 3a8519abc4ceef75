"""The endings of nonproprietary drug names, by which `names` knows a word for a drug."""

# WHO INN stems (and common USAN ones) that end a drug's nonproprietary name.
INN_SUFFIXES = (
    "nib", "mab", "ciclib", "parib", "lisib", "zomib", "degib", "tide", "clax", "gene", "cel",
    "vec", "tecan", "platin", "taxel", "rsen", "siran", "gliflozin", "gliptin", "sartan",
    "prazole", "vir", "cept", "stim", "kinra", "bart", "tug", "mig", "stat", "mesine", "camten",
    "glucagon", "domide", "lutamide", "gepant", "ciguat", "fungin", "conazole", "dotin",
    "tansine", "pegol", "sertib", "teplase", "dustat", "fiban", "grel", "kacin", "mycin",
    "cillin", "oxacin", "lukast", "semide", "parin", "dronate", "vastatin", "strant", "xaban",
    "gatran", "limus", "rubicin", "citabine", "mustine", "imod", "setron", "triptan", "afil",
    "pril", "olol", "bactam", "penem", "cycline", "racetam", "relin", "relix", "rasib", "olone",
    "entan", "orexant", "caftor", "fusp", "trexed", "trexate", "zolid", "oxetine", "dipine",
    "cerfont", "prazan", "peridone", "bulin", "trigine", "fentrine", "ixafor", "leukin", "poetin",
    "coxib", "profen", "vaptan", "faxine", "trozole", "formin", "pitant", "azepam", "zolam",
    "glitazone", "glitazar", "piprant", "copan", "netant", "azine", "tibant",
    # Bromodomain (BET) inhibitors: "pelabresib", "molibresib".
    "bresib",
    # Prostaglandin analogues: "latanoprost", "bimatoprost".
    "prost",
    # Enzymes (the -ase stem; only its endings no common English word has: "disease" ends
    # "ase" too): "alglucosidase", "olipudase", "idursulfase".
    "dase", "sulfase",
    # Benzamides ("cisapride", "prucalopride"), PDE4 inhibitors ("roflumilast"), FXR agonists
    # ("cilofexor"), glucokinase activators ("dorzagliatin"), gabapentinoids ("mirogabalin"),
    # complement inhibitors ("zilucoplan"), mRNAs ("tozinameran"), oncolytic viruses
    # ("teserpaturev"), IBAT inhibitors ("odevixibat"), fibrates, P2X3 antagonists
    # ("gefapixant").
    "pride", "milast", "fexor", "gliatin", "gabalin", "coplan", "meran", "turev", "ixibat",
    "fibrate", "pixant",
    # In order: "danavorexton", "orforglipron", "vibegron", "solifenacin", "lasmiditan",
    # "cinacalcet", "raloxifene", "atosiban", "carbetocin", "aliskiren", "lifitegrast",
    # "preladenant", "netarsudil", "palifermin", "repaglinide", "quetiapine".
    "orexton", "glipron", "begron", "fenacin", "ditan", "calcet", "oxifene", "siban", "tocin",
    "kiren", "tegrast", "adenant", "sudil", "ermin", "glinide", "apine",
)  # fmt: skip
