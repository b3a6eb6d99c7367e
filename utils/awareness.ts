// Awareness material drawn from the circular, in plain Vietnamese with English. Tips for the options page and the
// pop-up's tip of the day; a short self-check quiz with immediate feedback.
import type { Language } from './settings';

type Text = Record<Language, string>;

export interface Tip {
  id: string;
  title: Text;
  body: Text;
}

export const TIPS: readonly Tip[] = [
  {
    id: 'strong-password',
    title: { vi: 'Mật khẩu mạnh', en: 'Strong passwords' },
    body: {
      vi: 'Ít nhất 8 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt — đó là mức tối thiểu. Mạnh hơn nữa: ghép 3–4 từ ít gặp thành một câu dài, ví dụ "Trà-Khúc-chiều-mưa-42!". Không dùng tên, ngày sinh, "matkhau", tên cơ quan. Mỗi tài khoản một mật khẩu riêng.',
      en: 'At least 8 characters with upper case, lower case, a digit and a special character — that is the minimum. Stronger: join 3–4 uncommon words into a long phrase such as "Tra-Khuc-rainy-evening-42!". No names, birthdays, "password" or your organisation\'s name. One password per account.',
    },
  },
  {
    id: 'no-saved-passwords',
    title: { vi: 'Không lưu mật khẩu trong trình duyệt', en: 'No passwords saved in the browser' },
    body: {
      vi: 'Ai ngồi vào máy hoặc mã độc trên máy đều có thể lấy mật khẩu đã lưu. ATTT Guard đã tắt việc lưu; hãy xóa mật khẩu đã lưu từ trước (xem hướng dẫn ở trên) và khi trình duyệt hỏi "Lưu mật khẩu?" hãy chọn "Không bao giờ".',
      en: 'Anyone at the computer, or malware on it, can take saved passwords. ATTT Guard turned saving off; delete the passwords saved earlier (see the steps above) and answer "Never" when the browser offers to save one.',
    },
  },
  {
    id: 'official-email',
    title: { vi: 'E-mail công vụ chỉ dùng cho công vụ', en: 'The official e-mail is for official work only' },
    body: {
      vi: 'Không dùng e-mail công vụ (…@quangngai.gov.vn, …@quangngai.edu.vn) để đăng ký Facebook, Zalo, TikTok, diễn đàn, trang mua sắm hay bất kỳ trang công cộng nào. Khi các trang đó bị lộ dữ liệu, kẻ gian có ngay địa chỉ công vụ để lừa đảo. Hãy dùng e-mail cá nhân.',
      en: 'Never use the official e-mail (…@quangngai.gov.vn, …@quangngai.edu.vn) to sign up on Facebook, Zalo, TikTok, forums, shops or any public site. When those sites leak data, scammers get official addresses to target. Use a personal e-mail.',
    },
  },
  {
    id: 'strange-links',
    title: { vi: 'Liên kết lạ qua Zalo, Facebook, e-mail, SMS', en: 'Strange links in Zalo, Facebook, e-mail, SMS' },
    body: {
      vi: 'Không bấm liên kết lạ, kể cả khi người gửi là người quen (tài khoản có thể đã bị chiếm). Cảnh giác với: liên kết rút gọn (bit.ly…), tên trang na ná trang thật (quangngai-gov.vn, faceb00k.com), đuôi lạ (.xyz, .top), lời mời nhận quà, thông báo "tài khoản bị khóa", yêu cầu chuyển tiền gấp. Hỏi lại người gửi bằng cách khác (gọi điện).',
      en: 'Do not click strange links, even from people you know (their account may be taken over). Watch for shortened links (bit.ly…), names that imitate real sites (quangngai-gov.vn, faceb00k.com), odd endings (.xyz, .top), free gifts, "your account is locked", urgent money requests. Check with the sender another way (call them).',
    },
  },
  {
    id: 'fake-news',
    title: { vi: 'Tin giả và lừa đảo', en: 'Fake news and scams' },
    body: {
      vi: 'Trước khi tin hay chia sẻ: xem nguồn có phải báo chí, cổng thông tin chính thức (.gov.vn) không; tin có ngày tháng, tác giả rõ ràng không; có gây hoảng sợ hay thúc giục hành động ngay không. Cơ quan nhà nước không yêu cầu cung cấp mật khẩu, mã OTP hay chuyển tiền qua điện thoại hoặc tin nhắn.',
      en: 'Before you believe or share: is the source a newspaper or an official portal (.gov.vn)? Does the story have a date and an author? Does it try to scare you or rush you? Government offices never ask for passwords, OTP codes or money transfers by phone or message.',
    },
  },
  {
    id: 'after-clicking',
    title: { vi: 'Lỡ bấm vào liên kết xấu thì làm gì?', en: 'Clicked a bad link? What to do' },
    body: {
      vi: '1) Đóng trang, không nhập gì thêm. 2) Nếu đã nhập mật khẩu: đổi ngay mật khẩu đó (và ở mọi nơi dùng chung) từ một máy khác an toàn. 3) Nếu đã tải tệp: không mở, xóa đi. 4) Báo ngay bộ phận CNTT, ghi lại địa chỉ trang và thời gian. 5) Nếu có mã OTP hay thông tin ngân hàng bị lộ: gọi ngay ngân hàng.',
      en: '1) Close the page, type nothing more. 2) If you typed a password: change it at once (and wherever you reused it) from another, safe computer. 3) If you downloaded a file: do not open it, delete it. 4) Tell your IT department straight away, with the address and the time. 5) If an OTP or bank details leaked: call your bank now.',
    },
  },
  {
    id: 'updates',
    title: { vi: 'Cập nhật và khóa máy', en: 'Updates and locking your computer' },
    body: {
      vi: 'Cho phép trình duyệt và Windows tự cập nhật. Khóa máy (Windows + L) mỗi khi rời chỗ. Không cắm USB lạ vào máy cơ quan.',
      en: 'Let the browser and Windows update themselves. Lock the computer (Windows + L) whenever you leave it. Do not plug unknown USB sticks into work computers.',
    },
  },
];

export interface QuizQuestion {
  id: string;
  question: Text;
  options: Text[];
  answer: number;
  explanation: Text;
}

export const QUIZ: readonly QuizQuestion[] = [
  {
    id: 'q-password',
    question: { vi: 'Mật khẩu nào an toàn nhất?', en: 'Which password is safest?' },
    options: [
      { vi: 'Quangngai@2025', en: 'Quangngai@2025' },
      { vi: 'Matkhau@123', en: 'Matkhau@123' },
      { vi: 'Trà-Khúc-chiều-mưa-ngang-42!', en: 'Tra-Khuc-rainy-evening-42!' },
    ],
    answer: 2,
    explanation: {
      vi: 'Hai mật khẩu đầu đạt quy tắc 8 ký tự nhưng dễ đoán (tên tỉnh, "mật khẩu", năm). Câu dài ghép nhiều từ mới thật sự mạnh.',
      en: 'The first two pass the 8-character rule but are easy to guess (the province, "password", a year). A long phrase of several words is truly strong.',
    },
  },
  {
    id: 'q-email',
    question: { vi: 'Đăng ký tài khoản TikTok để xem video, bạn dùng e-mail nào?', en: 'To sign up on TikTok, which e-mail do you use?' },
    options: [
      { vi: 'E-mail công vụ …@quangngai.gov.vn', en: 'The official …@quangngai.gov.vn' },
      { vi: 'E-mail cá nhân', en: 'A personal e-mail' },
    ],
    answer: 1,
    explanation: {
      vi: 'Quy định cấm dùng e-mail công vụ để đăng ký mạng xã hội, diễn đàn, trang công cộng.',
      en: 'The rules forbid using the official e-mail on social networks, forums and public sites.',
    },
  },
  {
    id: 'q-link',
    question: { vi: 'Tin nhắn Zalo từ đồng nghiệp: "Xem ngay danh sách khen thưởng: bit.ly/ds-khenthuong". Bạn làm gì?', en: 'A Zalo message from a colleague: "See the award list now: bit.ly/award-list". What do you do?' },
    options: [
      { vi: 'Bấm xem ngay vì là người quen', en: 'Click it, it is a colleague' },
      { vi: 'Gọi điện hỏi lại đồng nghiệp trước khi mở', en: 'Call the colleague to check before opening' },
      { vi: 'Chuyển tiếp cho cả nhóm', en: 'Forward it to the whole group' },
    ],
    answer: 1,
    explanation: {
      vi: 'Liên kết rút gọn giấu trang thật, và tài khoản người quen có thể đã bị chiếm. Hỏi lại bằng cách khác.',
      en: 'A shortened link hides the real site, and the colleague\'s account may be taken over. Check another way.',
    },
  },
  {
    id: 'q-lookalike',
    question: { vi: 'Trang nào là cổng thông tin thật của tỉnh?', en: 'Which is the province\'s real portal?' },
    options: [
      { vi: 'quangngai-gov.vn', en: 'quangngai-gov.vn' },
      { vi: 'quangngai.gov.vn', en: 'quangngai.gov.vn' },
      { vi: 'quangngai.gov.vn.thongbao.top', en: 'quangngai.gov.vn.thongbao.top' },
    ],
    answer: 1,
    explanation: {
      vi: 'Chỉ phần cuối tên trang mới quyết định trang của ai: "quangngai.gov.vn". Gạch nối hay đuôi lạ phía sau là giả mạo.',
      en: 'Only the end of the name decides whose site it is: "quangngai.gov.vn". A hyphen or an odd ending after it is an imitation.',
    },
  },
  {
    id: 'q-after',
    question: { vi: 'Lỡ nhập mật khẩu công vụ vào trang lạ, việc đầu tiên là gì?', en: 'You typed your official password on a strange site. First thing to do?' },
    options: [
      { vi: 'Chờ xem có chuyện gì không', en: 'Wait and see' },
      { vi: 'Đổi mật khẩu ngay và báo bộ phận CNTT', en: 'Change the password now and tell IT' },
    ],
    answer: 1,
    explanation: {
      vi: 'Kẻ gian dùng mật khẩu lấy được chỉ trong vài phút. Đổi ngay và báo CNTT để kiểm tra.',
      en: 'Scammers use stolen passwords within minutes. Change it now and tell IT so they can check.',
    },
  },
];

/** The same tip all day, a different one the next day. */
export function tipOfTheDay(date = new Date()): Tip {
  const day = Math.floor(date.getTime() / 86_400_000);
  return TIPS[day % TIPS.length];
}

export function scoreQuiz(answers: Record<string, number>): { correct: number; total: number } {
  return { correct: QUIZ.filter((question) => answers[question.id] === question.answer).length, total: QUIZ.length };
}
