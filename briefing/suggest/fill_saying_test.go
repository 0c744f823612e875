package suggest

import "testing"

func TestAPositionIsMoreThanWhereSomeoneSpoke(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"said in a report", true},
		{"said in a written statement on Thursday", true},
		{"told reporters on Tuesday", true},
		{"tells The Lusan Courier", true},
		{"wrote on its website", true},
		{"told Lusan Radio's Oder Pell Sunday on \"The Week.\"", true},
		{"told the council the bridge was unsafe", false},
		{"said in a report that Ostria had broken the truce", false},
		{"said the talks would resume in March", false},
		{"rejected the plan in a statement", false},
		{"said in his 30-page decision", true},
		{"wrote in a ruling on Friday", true},
		{"told a crowd at the Lusan fairground", true},
		{"told the committee", true},
		{"says our correspondent Ada Vale", true},
		{"told a crowd at the fairground that the bridge would reopen", false},
		{"said in a ruling that the ban was unlawful", false},
		{"told The Lusan Courier in 2009.", true},
		{"told reporters at the quay", true},
		{"said at his first news conference with foreign journalists", true},
		{"told reporters at Kessan International Airport in Ostria", true},
		{"sent the Courier a statement Tuesday evening", true},
		{"wrote in a recent posting on her Facebook account", true},
		{"reports the Lusan Evening Star", true},
		{"The ministry could not be reached by phone on Sunday", true},
		{"said Vale had passed a polygraph test", false},
		{"said Sunday the ferries had resumed their crossings", false},
		{"said at the time it was a mistake", false},
		{"said in Kessan talks would resume", false},
		{"said at the time it was", false},
		{"told the court he was innocent", false},
		{"could not be reached because the lines were down", false},
		{"Ada Vale couldn’t immediately be reached", true},
		{"The ministry said it could not be reached by the convoy", false},
		{"said at a press conference with foreign journalists, who had waited for hours", true},
	} {
		if got := onlySaying(tc.text); got != tc.want {
			t.Errorf("onlySaying(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
