"""Salary regions and notes in all 11 languages."""

UK = {
    "en": "United Kingdom", "fr": "Royaume-Uni", "nl": "Verenigd Koninkrijk", "hi": "यूनाइटेड किंगडम",
    "te": "యునైటెడ్ కింగ్‌డమ్", "es": "Reino Unido", "pt": "Reino Unido", "de": "Vereinigtes Königreich",
    "zh-hans": "英国", "ja": "イギリス", "ar": "المملكة المتحدة",
}  # fmt: skip
US = {
    "en": "United States", "fr": "États-Unis", "nl": "Verenigde Staten", "hi": "संयुक्त राज्य अमेरिका",
    "te": "అమెరికా", "es": "Estados Unidos", "pt": "Estados Unidos", "de": "Vereinigte Staaten",
    "zh-hans": "美国", "ja": "アメリカ", "ar": "الولايات المتحدة",
}  # fmt: skip
HUBS = {
    "en": "Berlin, Toronto, Singapore", "fr": "Berlin, Toronto, Singapour", "nl": "Berlijn, Toronto, Singapore",
    "hi": "बर्लिन, टोरंटो, सिंगापुर", "te": "బెర్లిన్, టొరంటో, సింగపూర్", "es": "Berlín, Toronto, Singapur",
    "pt": "Berlim, Toronto, Singapura", "de": "Berlin, Toronto, Singapur", "zh-hans": "柏林、多伦多、新加坡",
    "ja": "ベルリン、トロント、シンガポール", "ar": "برلين وتورنتو وسنغافورة",
}  # fmt: skip

FRONTIER_LABS = {
    "en": "at frontier labs", "fr": "dans les laboratoires de pointe", "nl": "bij toonaangevende AI-labs",
    "hi": "अग्रणी एआई लैब में", "te": "అగ్రశ్రేణి ఏఐ ల్యాబ్‌లలో", "es": "en laboratorios punteros",
    "pt": "em laboratórios de ponta", "de": "an führenden KI-Laboren", "zh-hans": "在前沿实验室",
    "ja": "最先端の研究所の場合", "ar": "في المختبرات الرائدة",
}  # fmt: skip
POLICY_ROLES = {
    "en": "policy and ethics roles", "fr": "postes en politique et éthique", "nl": "beleids- en ethiekfuncties",
    "hi": "नीति और नैतिकता की भूमिकाएँ", "te": "విధానం, నైతికత పాత్రలు", "es": "puestos de políticas y ética",
    "pt": "funções de políticas e ética", "de": "Stellen in Politik und Ethik", "zh-hans": "政策与伦理岗位",
    "ja": "政策・倫理の職種", "ar": "وظائف السياسات والأخلاقيات",
}  # fmt: skip
TECHNICAL_SAFETY = {
    "en": "technical safety at AI labs", "fr": "sûreté technique dans les laboratoires d'IA",
    "nl": "technische veiligheid bij AI-labs", "hi": "एआई लैब में तकनीकी सुरक्षा",
    "te": "ఏఐ ల్యాబ్‌లలో సాంకేతిక భద్రత", "es": "seguridad técnica en laboratorios de IA",
    "pt": "segurança técnica em laboratórios de IA", "de": "technische Sicherheit an KI-Laboren",
    "zh-hans": "AI 实验室的技术安全岗位", "ja": "AI 研究所の技術的安全性", "ar": "السلامة التقنية في مختبرات الذكاء الاصطناعي",
}  # fmt: skip
