// What zxcvbn does not know: Vietnamese passwords, words and names people build passwords from. Given to zxcvbn as
// an extra dictionary, so that "Matkhau@123" or "Quangngai@2025" count as weak although they pass the 8-character
// rule. Written without diacritics, as typed in passwords.
export const VIETNAMESE_PASSWORD_WORDS: readonly string[] = [
  // common Vietnamese passwords and phrases
  'matkhau', 'matkhaumoi', 'anhyeuem', 'emyeuanh', 'yeuem', 'yeuanh', 'iloveyou', 'saranghae', 'vietnam',
  'vietnamvodich', 'hanoi', 'saigon', 'hochiminh', 'tphcm', 'conyeu', 'giadinh', 'hanhphuc', 'tinhyeu', 'muaxuan',
  'bautroi', 'thanhcong', 'chienthang', 'xinchao', 'cuocsong', 'thienthan', 'congchua', 'hoangtu', 'banbe',
  'quenroi', 'khongbiet', 'abc123', 'admin', 'quantri', 'giaovien', 'hocsinh', 'truonghoc', 'nhatruong',
  'canbo', 'congvu', 'coquan', 'vanphong', 'ketoan', 'thuky', 'hieutruong', 'phonggd', 'sogd', 'ubnd',
  // family and given names
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong',
  'ly', 'anh', 'minh', 'huong', 'linh', 'trang', 'thao', 'hoa', 'lan', 'mai', 'hung', 'dung', 'tuan', 'nam',
  'hai', 'long', 'thanh', 'phuong', 'ngoc', 'hien', 'hang', 'thu', 'ha', 'quang', 'duc', 'son', 'tam', 'trung',
  'hieu', 'khanh', 'vy', 'nhung', 'yen', 'thuy', 'van', 'quynh', 'tien', 'phuc', 'bao', 'kiet', 'khoa', 'dat',
  'an', 'binh', 'chi', 'cuong', 'giang', 'hanh', 'huy', 'kim', 'loan', 'my', 'nga', 'nhi', 'oanh', 'quan', 'tai',
  'tho', 'tu', 'uyen', 'viet', 'xuan', 'hau', 'loc', 'vinh', 'thang', 'toan', 'trinh', 'sang', 'nhan', 'thien',
  // places
  'quangngai', 'quangnam', 'danang', 'binhdinh', 'kontum', 'hue', 'nhatrang', 'dalat', 'cantho', 'haiphong',
  'lyson', 'ducpho', 'sontinh', 'tunghia', 'binhson', 'moduc', 'nghiahanh', 'sonha', 'batu', 'minhlong',
  'travinh', 'sontay', 'dungquat', 'sakhuy', 'thienan',
  // the organisation (its domains are added from the settings at run time)
  'quangngaigovvn', 'quangngaieduvn', 'govvn', 'eduvn', 'sogiaoduc', 'sogddt', 'congthongtin',
];

// Full names typed together ("nguyenvan", "tranthi") are a classic: family name + middle name.
const FAMILY = ['nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly'];
const MIDDLE = ['van', 'thi', 'duc', 'minh', 'ngoc', 'hoang', 'quoc', 'thanh', 'xuan', 'huu'];
export const VIETNAMESE_NAME_PREFIXES: readonly string[] = FAMILY.flatMap((family) => MIDDLE.map((middle) => family + middle));
